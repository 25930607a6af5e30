package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test hook for crash tests: with {@code -Dparallax.test.pauseInChunk=N:FILE} the import creates FILE
 * from inside the N-th chunk's open transaction and then waits, so a test can kill the process in the
 * middle of a write; with {@code -Dparallax.test.pauseAfterIndexCommit=FILE} the background indexing does the
 * same after its first commit, with documents still waiting ({@link WorkHold} holds an import before its first
 * chunk). Without the properties it does nothing.
 */
final class ChunkPause {
    static final String PROPERTY = "parallax.test.pauseInChunk";
    static final String INDEX_PROPERTY = "parallax.test.pauseAfterIndexCommit";
    private static final long PAUSE_MILLIS = 60_000;

    private ChunkPause() {
    }

    static void pauseIfRequested(int chunkNumber) {
        String request = System.getProperty(PROPERTY);
        if (request == null || !request.startsWith(chunkNumber + ":")) {
            return;
        }
        pause(Path.of(request.substring(request.indexOf(':') + 1)));
    }

    /** How often the background indexing commits: after every batch under the hook, so the pause comes early. */
    static long indexCommitNanos(long normal) {
        return System.getProperty(INDEX_PROPERTY) == null ? normal : 0;
    }

    static void pauseAfterIndexCommit() {
        String request = System.getProperty(INDEX_PROPERTY);
        if (request != null) {
            pause(Path.of(request));
        }
    }

    private static void pause(Path signal) {
        try {
            Files.createFile(signal);
            Thread.sleep(PAUSE_MILLIS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
