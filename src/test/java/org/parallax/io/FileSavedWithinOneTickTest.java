package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file saved again and again over itself, at the same size, on a file system whose clock gives whole seconds (FAT,
 * HFS+, ext3, many network drives): every save within one second leaves the size and the modification time as they
 * were, so a read that a save overtook, the start of one version and the end of the next, was taken as whole. A file
 * written within a tick of the file system's clock before it is read is now read again once that tick has passed,
 * and kept only when both reads agree.
 */
class FileSavedWithinOneTickTest {
    private static final int LINES = 40_000;
    private static final int CHUNK = 64 * 1024;

    @TempDir
    Path dir;

    @Test
    void aFileSavedSeveralTimesInOneSecondIsReadAsOneVersionOrRefusedInOneLine() throws Exception {
        Path file = dir.resolve("minutes.txt");
        Files.write(file, version(0));
        wholeSecond(file);
        Saver saver = new Saver(file);
        saver.start();
        List<String> torn = new ArrayList<>();
        int whole = 0;
        int refused = 0;
        try {
            while (saver.isAlive()) {
                try {
                    String text = new String(FileSnapshot.read(file, 64L << 20), StandardCharsets.US_ASCII);
                    List<String> versions = versions(text);
                    if (versions.size() == 1) {
                        whole++;
                    } else {
                        torn.add(String.join(" and ", versions));
                    }
                } catch (ImportException e) {
                    assertThat(e.getMessage()).isEqualTo("minutes.txt: changed while it was imported, import again");
                    refused++;
                }
            }
        } finally {
            saver.finish();
        }
        System.out.println(whole + " whole, " + refused + " refused, " + torn.size() + " torn, in "
                + saver.saves.get() + " saves");
        assertThat(torn).as("reads of the start of one version and the end of another, taken as whole").isEmpty();
        assertThat(new String(FileSnapshot.read(file, 64L << 20), StandardCharsets.US_ASCII))
                .isEqualTo(new String(version(saver.saves.get()), StandardCharsets.US_ASCII));
    }

    /** The versions the lines of {@code text} name, in their order. */
    private static List<String> versions(String text) {
        return text.lines().map(line -> line.substring(0, 7)).distinct().toList();
    }

    /** A version of the file, each line naming it; every version is the same size, and no multiple of 4 KB. */
    private static byte[] version(int n) {
        StringBuilder text = new StringBuilder();
        String line = String.format("V%06d: the minutes of the council's meeting, as far as they were taken.\n", n);
        for (int i = 0; i < LINES; i++) {
            text.append(line);
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Sets the file's time as a clock of whole seconds does. */
    private static void wholeSecond(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() / 1000 * 1000));
    }

    /** Saves new versions over the file in place for three seconds, its time kept to whole seconds after each write. */
    private static final class Saver extends Thread {
        private final Path file;
        private final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger saves = new AtomicInteger();
        private volatile Exception failure;

        Saver(Path file) {
            super("saver of " + file.getFileName());
            this.file = file;
            setDaemon(true);
        }

        @Override
        public void run() {
            long end = System.nanoTime() + 3_000_000_000L;
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
                while (running.get() && System.nanoTime() < end) {
                    byte[] bytes = version(saves.get() + 1);
                    for (int at = 0; at < bytes.length; at += CHUNK) {
                        out.write(ByteBuffer.wrap(bytes, at, Math.min(CHUNK, bytes.length - at)), at);
                        wholeSecond(file);
                    }
                    saves.incrementAndGet();
                }
            } catch (IOException e) {
                failure = e;
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
