package org.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.statistics.Statistics;
import org.parallax.model.ParallaxException;

/**
 * Runs one import of a damaged file under a time limit and holds it to the contract: it either succeeds
 * or fails with a {@link ParallaxException} whose message is one readable line naming the file.
 */
final class ImportOutcome {
    /** Generous for 2 busy cores; the seeds import in well under a second. */
    static final Duration LIMIT = Duration.ofSeconds(Long.getLong("parallax.fuzz.timeoutSeconds", 30));

    private static final boolean STATISTICS = Boolean.getBoolean("parallax.fuzz.statistics");

    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "parallax-fuzz-case");
        t.setDaemon(true);
        return t;
    });

    private ImportOutcome() {
    }

    /** The result of {@code importer}, or empty when it failed with the allowed, clear domain error. */
    static <T> Optional<T> of(Path file, Callable<T> importer) {
        Future<T> future = RUNNER.submit(importer);
        try {
            T result = future.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
            count("outcome", "imported");
            return Optional.ofNullable(result);
        } catch (TimeoutException e) {
            future.cancel(true);
            return fail("import of " + file.getFileName() + " still running after " + LIMIT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (!(cause instanceof ParallaxException)) {
                throw new AssertionError("import of " + file.getFileName() + " threw " + cause, cause);
            }
            assertClearMessage(file, cause.getMessage());
            count("outcome", "refused");
            count("reason", reason(file, cause.getMessage()));
            return Optional.empty();
        }
    }

    /** Counts a case for jqwik's statistics report, printed only with -Dparallax.fuzz.statistics=true. */
    static void count(String label, String value) {
        if (STATISTICS) {
            Statistics.label(label).collect(value);
        }
    }

    /** The gist of a refusal: the file name and numbers masked, so that alike refusals count together. */
    private static String reason(Path file, String message) {
        String gist = message.replace(file.getFileName().toString(), "<file>").replaceAll("\\d+", "N");
        return gist.length() > 70 ? gist.substring(0, 70) : gist;
    }

    /** One line, naming the file, with no exception class names leaking from a library. */
    static void assertClearMessage(Path file, String message) {
        assertThat(message).as("error message").isNotBlank()
                .contains(file.getFileName().toString())
                .doesNotContain("\n").doesNotContain("\r")
                .doesNotContain("Exception").doesNotContain("(null)");
    }
}
