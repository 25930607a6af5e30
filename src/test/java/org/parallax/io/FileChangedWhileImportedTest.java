package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transcript still being written by another program (a recorder's export, a download, a synced folder) while it is
 * imported: the import stored the text as far as the writer had got, cut in the middle of a write, in every one of 40
 * reads. What is stored must be one version of the file, whole, or the file is refused in one line.
 */
class FileChangedWhileImportedTest {
    private static final int CHUNK = 8 * 1024;
    private static final int ROUNDS = 40;
    /** A first line whose length puts every chunk's end off the file system's 4 KB pages, as a real file's would be. */
    private static final String HEADER = "Interview 7, recorded 2014-03-18, transcribed as it is written.\n\n";

    @TempDir
    Path dir;

    @Test
    void aTextAppendedToWhileItIsImportedIsStoredAsOneWholeVersionOrRefusedInOneLine() throws Exception {
        DocumentReader reader = new DocumentReader();
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path file = dir.resolve("interview " + round + ".txt");
            Writer writer = new Writer(file, 128);
            writer.start();
            String outcome;
            try {
                writer.started.await();
                outcome = outcome(reader, file);
            } finally {
                writer.finish();
            }
            if (outcome.startsWith("refused: ")) {
                assertThat(outcome).isEqualTo("refused: interview " + round + ".txt: changed while it was imported, "
                        + "import again");
                refused++;
            } else {
                String whole = Files.readString(file);
                assertThat(writer.versions.contains((long) outcome.length()))
                        .as("round %d: %d characters stored, a size the file never had between two writes", round,
                                outcome.length())
                        .isTrue();
                assertThat(whole).startsWith(outcome);
            }
        }
        System.out.println(refused + " of " + ROUNDS + " imports refused as changed while they were read");
    }

    private static String outcome(DocumentReader reader, Path file) {
        try {
            return reader.read(file).text();
        } catch (ImportException e) {
            return "refused: " + e.getMessage();
        }
    }

    /** Lines of a chunk, each naming the chunk, 8 KB in all. */
    private static byte[] chunk(int n) {
        StringBuilder text = new StringBuilder(CHUNK);
        String line = String.format("Q%06d: and then the talks on the border resumed, as far as I remember. ", n);
        while (text.length() + line.length() < CHUNK) {
            text.append(line);
        }
        while (text.length() < CHUNK - 1) {
            text.append('.');
        }
        return text.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Appends 8 KB chunks, one write each, until stopped; records the file's size after every complete write. */
    private static final class Writer extends Thread {
        private final Path file;
        private final int firstChunks;
        private final AtomicBoolean running = new AtomicBoolean(true);
        final CountDownLatch started = new CountDownLatch(1);
        final Set<Long> versions = ConcurrentHashMap.newKeySet();
        private volatile Exception failure;

        Writer(Path file, int firstChunks) {
            super("writer of " + file.getFileName());
            this.file = file;
            this.firstChunks = firstChunks;
            setDaemon(true);
        }

        @Override
        public void run() {
            try (OutputStream out = new FileOutputStream(file.toFile())) {
                byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
                out.write(header);
                long size = header.length;
                int n = 0;
                for (; n < firstChunks; n++) {
                    out.write(chunk(n));
                    size += CHUNK;
                }
                versions.add(size);
                started.countDown();
                // The whole file stays within the import's limits: 4 MB at most.
                for (; running.get() && size < (4L << 20); n++) {
                    out.write(chunk(n));
                    size += CHUNK;
                    versions.add(size);
                }
            } catch (IOException e) {
                failure = e;
            } finally {
                started.countDown();
            }
        }

        void finish() throws Exception {
            running.set(false);
            join();
            if (failure != null) {
                throw failure;
            }
        }
    }
}
