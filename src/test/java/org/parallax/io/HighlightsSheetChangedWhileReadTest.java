package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;

/**
 * Taguette's highlights workbook rewritten by another program while it is read (an export saved again over the last,
 * a synced folder): POI read it from the file after the zip checks had read it, its parts as it went, so what was read
 * could be part of one version and part of another. What is read must be one version whole, or refused in one line.
 */
class HighlightsSheetChangedWhileReadTest {
    private static final int ROUNDS = 40;
    private static final int CHUNK = 4096;
    private static final long PAUSE_MILLIS = 25;

    @TempDir
    Path dir;

    @Test
    void aWorkbookRewrittenWhileItIsReadIsOneWholeVersionOrRefusedInOneLine() throws Exception {
        List<String> first = contents("as the first export has it");
        List<String> second = contents("as the second export, saved over it, has it");
        byte[] firstBytes = Files.readAllBytes(workbook(dir.resolve("first.xlsx"), first));
        byte[] secondBytes = Files.readAllBytes(workbook(dir.resolve("second.xlsx"), second));
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Path file = Files.write(dir.resolve("highlights " + round + ".xlsx"), firstBytes);
            Rewriter rewriter = new Rewriter(file, firstBytes, secondBytes);
            rewriter.start();
            try {
                rewriter.started.await();
                outcomes.add(outcome(file));
            } finally {
                rewriter.finish();
            }
            String outcome = outcomes.get(round);
            if (outcome.startsWith("refused: ")) {
                assertThat(outcome).as("round %d", round).isEqualTo("refused: highlights " + round + ".xlsx: "
                        + FileSnapshot.CHANGED);
            } else {
                assertThat(outcome).as("round %d", round).isIn(String.join("|", first), String.join("|", second));
            }
        }
        System.out.println(outcomes.stream().filter(o -> o.startsWith("refused: ")).count() + " of " + ROUNDS
                + " reads refused as changed while they were read");
    }

    private static List<String> contents(String how) {
        List<String> contents = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            contents.add("Passage " + i + " of the interview, " + how + ".");
        }
        return contents;
    }

    private static Path workbook(Path file, List<String> contents) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            rows.add(List.of(String.valueOf(i), "interview " + i % 7, "tag " + i % 11, "", "tag " + i % 11, "",
                    contents.get(i)));
        }
        return TaguetteXlsx.write(file, TaguetteXlsx.HEADER, rows);
    }

    private static String outcome(Path file) {
        try {
            return String.join("|", TaguetteHighlights.read(file).stream().map(TaguetteHighlights.Highlight::content)
                    .toList());
        } catch (ParallaxException e) {
            return "refused: " + e.getMessage();
        }
    }

    /**
     * Saves the two versions (of different sizes) over the file in turn, as a program saving over a file does: emptied,
     * then written a page at a time, until stopped.
     */
    private static final class Rewriter extends Thread {
        private final Path file;
        private final byte[][] versions;
        private final AtomicBoolean running = new AtomicBoolean(true);
        final CountDownLatch started = new CountDownLatch(1);
        private volatile Exception failure;

        Rewriter(Path file, byte[]... versions) {
            super("rewriter of " + file.getFileName());
            this.file = file;
            this.versions = versions;
            setDaemon(true);
        }

        @Override
        public void run() {
            try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
                for (int n = 1; running.get(); n++) {
                    byte[] version = versions[n % versions.length];
                    out.truncate(0);
                    for (int at = 0; at < version.length; at += CHUNK) {
                        out.write(ByteBuffer.wrap(version, at, Math.min(CHUNK, version.length - at)), at);
                        started.countDown();
                    }
                    // Each save its own moment: the file system's clock ticks every few milliseconds, and a file saved
                    // twice within one tick holds the same time and may hold the same size.
                    Thread.sleep(PAUSE_MILLIS);
                }
            } catch (IOException | InterruptedException e) {
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
