package org.parallax.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test hook: with {@code -Dparallax.test.holdBefore=WORK:FILE} the named long work ({@link #IMPORT} before it stores
 * its first files, no transaction open; {@link #LISTING} of what to import, {@link #REPORT} before a report is
 * written, {@link #TRAINING} of the assistant) creates FILE and waits until FILE is gone, so a test can do what a
 * researcher does while that work runs. Without the property it does nothing.
 */
final class WorkHold {
    static final String PROPERTY = "parallax.test.holdBefore";
    static final String IMPORT = "import";
    static final String LISTING = "listing";
    static final String REPORT = "report";
    static final String TRAINING = "training";
    /** How long a hold lasts at most, should a test never let go: far longer than any test waits for. */
    private static final long HOLD_NANOS = 300_000_000_000L;

    private WorkHold() {
    }

    static void holdIfRequested(String work) {
        String request = System.getProperty(PROPERTY);
        if (request == null || !request.startsWith(work + ":")) {
            return;
        }
        Path signal = Path.of(request.substring(work.length() + 1));
        long since = System.nanoTime();
        try {
            Files.createFile(signal);
            while (Files.exists(signal) && System.nanoTime() - since < HOLD_NANOS) {
                Thread.sleep(50);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
