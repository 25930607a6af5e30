package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test hook for crash tests: with {@code -Dparallax.test.pauseInChunk=N:FILE} the import creates FILE
 * from inside the N-th chunk's open transaction and then waits, so a test can kill the process in the
 * middle of a write. Without the property it does nothing.
 */
final class ChunkPause {
    static final String PROPERTY = "parallax.test.pauseInChunk";
    private static final long PAUSE_MILLIS = 60_000;

    private ChunkPause() {
    }

    static void pauseIfRequested(int chunkNumber) {
        String request = System.getProperty(PROPERTY);
        if (request == null || !request.startsWith(chunkNumber + ":")) {
            return;
        }
        try {
            Files.createFile(Path.of(request.substring(request.indexOf(':') + 1)));
            Thread.sleep(PAUSE_MILLIS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
