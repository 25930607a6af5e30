package org.parallax.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What one file's extraction has spent of its {@link ExtractionLimits}. The extractors charge it where
 * the work happens (each stream decoded or drawn, each form entered, each page, each operator or node)
 * and it throws the one-line {@link ImportException} "name: exceeds the extraction limit (…)" as soon as
 * a limit is passed. One budget per file and thread.
 */
final class ExtractionBudget {
    /** Reading the clock for every operator would cost more than the operator. */
    private static final int TICKS_PER_CLOCK_CHECK = 1024;

    private final Path file;
    private final ExtractionLimits limits;
    private final long deadline;
    private long decoded;
    private long chars;
    private int ticks;

    private ExtractionBudget(Path file, ExtractionLimits limits, long deadline) {
        this.file = file;
        this.limits = limits;
        this.deadline = deadline;
    }

    static ExtractionBudget start(Path file, ExtractionLimits limits) {
        return new ExtractionBudget(file, limits, System.nanoTime() + limits.maxTime().toNanos());
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
        if (System.nanoTime() - deadline > 0) {
            throw exceeded(limits.maxTime().toSeconds() > 0 ? limits.maxTime().toSeconds() + " s"
                    : limits.maxTime().toMillis() + " ms");
        }
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
        return new ExtractionBudget(file, limits, deadline);
    }

    ImportException exceeded(String what) {
        return new ImportException(file, "exceeds the extraction limit (" + what + ")");
    }
}
