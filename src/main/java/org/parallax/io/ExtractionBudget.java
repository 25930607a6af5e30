package org.parallax.io;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What one file's extraction has spent of its {@link ExtractionLimits}. The extractors charge it where
 * the work happens (each stream decoded or drawn, each form entered, each page, each operator or node)
 * and it throws the one-line {@link ImportException} "name: exceeds the extraction limit (…)" as soon as
 * a limit is passed. One budget per file and thread: its time is the processor time of the thread that
 * started it ({@link WorkClock}).
 */
final class ExtractionBudget {
    /** Reading the clock for every operator would cost more than the operator. */
    private static final int TICKS_PER_CLOCK_CHECK = 1024;
    /**
     * The time limit counts processor time, so a reading held off the processor (a computer busy with other
     * programs, the collector's pauses on its own threads, a parser waiting on something that never comes) would
     * never meet it: the wall time is capped at this many times the limit. The longest genuine file measured on a
     * busy computer ran at a ninth of a processor (7.7 s of processor time in 69.6 s), well within the 300 s this
     * allows the 60 s limit; a reading that waits for ever ends within five minutes.
     */
    static final int WALL_TIME_FACTOR = 5;

    private final Path file;
    private final ExtractionLimits limits;
    private final WorkClock clock;
    private long decoded;
    private long chars;
    private int ticks;

    private ExtractionBudget(Path file, ExtractionLimits limits, WorkClock clock) {
        this.file = file;
        this.limits = limits;
        this.clock = clock;
    }

    /** Starts the file's budget on the thread that reads it. */
    static ExtractionBudget start(Path file, ExtractionLimits limits) {
        return new ExtractionBudget(file, limits, WorkClock.start());
    }

    ExtractionLimits limits() {
        return limits;
    }

    /** Charges bytes that come out of a decoding filter or a stream about to be processed. */
    void addDecoded(long bytes) {
        decoded += bytes;
        if (decoded > limits.maxDecodedBytes()) {
            throw exceeded(Sizes.format(limits.maxDecodedBytes()) + " decoded");
        }
        tick();
    }

    /** Charges characters of extracted text. */
    void addChars(long count) {
        chars += count;
        if (chars > limits.maxTextChars()) {
            throw exceeded(String.format(Locale.ROOT, "%,d characters of text", limits.maxTextChars()));
        }
    }

    /** Checks the nesting depth of a form about to be drawn (1 = drawn by a page). */
    void checkFormDepth(int depth) {
        if (depth > limits.maxFormDepth()) {
            throw exceeded("forms nested more than " + limits.maxFormDepth() + " deep");
        }
    }

    void checkPages(long pages) {
        if (pages > limits.maxPages()) {
            throw exceeded(String.format(Locale.ROOT, "%,d pages", limits.maxPages()));
        }
    }

    /** One small unit of work (an operator, a node): checks the clock now and then. */
    void tick() {
        if (++ticks % TICKS_PER_CLOCK_CHECK == 0) {
            checkTime();
        }
    }

    void checkTime() {
        Duration limit = limits.maxTime();
        if (clock.work() > limit.toNanos()) {
            throw exceeded(clock.measuresWork() ? format(limit) + " of processor time" : format(limit));
        }
        Duration wallCap = limit.multipliedBy(WALL_TIME_FACTOR);
        if (clock.elapsed() > wallCap.toNanos()) {
            throw exceeded(format(wallCap) + " in all");
        }
    }

    private static String format(Duration time) {
        return time.toSeconds() > 0 ? time.toSeconds() + " s" : time.toMillis() + " ms";
    }

    /**
     * The failure for structures nested so deeply that a parser ran out of stack; the thousand-line
     * stack trace says nothing more, so it is not kept.
     */
    ImportException tooDeep() {
        return new ImportException(file, "exceeds the extraction limit (objects nested too deeply)");
    }

    /** A budget with the same clock and limits whose byte and character counts start again at zero. */
    ExtractionBudget sameClock() {
        return new ExtractionBudget(file, limits, clock);
    }

    ImportException exceeded(String what) {
        return new ImportException(file, "exceeds the extraction limit (" + what + ")");
    }
}
