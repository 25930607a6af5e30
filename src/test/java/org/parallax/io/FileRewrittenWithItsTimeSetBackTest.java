package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync tool (or a copy keeping times) that rewrites a file in place at the same size and then gives it the
 * original's modification time leaves size and time as they were: a read that the rewrite overtook, the start of the
 * new version with the end of the old, was taken as whole. The file's change time, which no program can set back,
 * now tells it was written.
 */
class FileRewrittenWithItsTimeSetBackTest {
    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

    @TempDir
    Path dir;

    @AfterEach
    void noHook() {
        FileSnapshot.firstReadDone = file -> { };
    }

    @Test
    void aRewriteFinishedDuringTheReadWithTheTimeSetBackIsNotTakenAsWhole() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("unix"), "no change times here");
        Path file = dir.resolve("declaration.txt");
        String old = "OLD ".repeat(50_000);
        String fresh = "NEW ".repeat(50_000);
        // The read finds the rewrite half done: the new version's first half, the old one's second.
        Files.writeString(file, fresh.substring(0, fresh.length() / 2) + old.substring(old.length() / 2),
                StandardCharsets.US_ASCII);
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        FileSnapshot.firstReadDone = read -> finishTheRewrite(read, fresh);

        String read = readOrRefused(file);

        assertThat(read).isIn(fresh, "refused");
    }

    private static String readOrRefused(Path file) {
        try {
            return new String(FileSnapshot.read(file, 1 << 20), StandardCharsets.US_ASCII);
        } catch (ImportException e) {
            assertThat(e.getMessage()).isEqualTo("declaration.txt: " + FileSnapshot.CHANGED);
            return "refused";
        }
    }

    /** Writes the new version's second half over the old one's and sets the time back, as a sync tool does. */
    private static void finishTheRewrite(Path file, String fresh) {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            byte[] bytes = fresh.getBytes(StandardCharsets.US_ASCII);
            int half = bytes.length / 2;
            out.write(ByteBuffer.wrap(bytes, half, bytes.length - half), half);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.setLastModifiedTime(file, AN_HOUR_AGO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
