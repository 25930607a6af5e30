package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.ReadingWeight;

/**
 * A page whose tree would not fit the heap is read a part at a time, holding its bytes, its text and the elements open
 * at once; it was weighed by the tree it is never made into, so two transcripts marked up word by word (a million
 * {@code <b>word</b>} each, 10.6 MB) were read one after the other under the launchers' heap, each alone. They are now
 * read together, while pages whose reading does hold much (a tree of 400,000 tags, or a million tags open at once) are
 * still read one at a time.
 */
class StreamedPagesReadTogetherTest {
    private static final long LAUNCHERS_HEAP = 256L << 20;

    @TempDir
    Path dir;

    @Test
    void twoTranscriptsReadAPartAtATimeAreReadTogether() throws Exception {
        ReadingHeapShare share = new ReadingHeapShare(LAUNCHERS_HEAP);
        Path first = page(dir.resolve("one.html"), "<b>word</b> ", 1_000_000);
        Path second = page(dir.resolve("two.html"), "<b>word</b> ", 1_000_000);

        share.take(first);
        CompletableFuture<Integer> alongside = CompletableFuture.supplyAsync(() -> {
            try {
                return share.take(second);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        // Taken at once when both fit in half the heap; before, the second waited until the first was given back.
        assertThat(alongside.get(60, TimeUnit.SECONDS)).isPositive();
    }

    @Test
    void pagesWhoseReadingHoldsMuchAreStillReadOneAtATime() throws IOException {
        Path tree = page(dir.resolve("tree.html"), "<span><i>", 400_000);
        Path open = page(dir.resolve("open.html"), "<span><i>", 1_000_000);

        assertThat(2 * ReadingWeight.of(tree, LAUNCHERS_HEAP)).as("two trees of 400,000 tags")
                .isGreaterThan(LAUNCHERS_HEAP / 2);
        assertThat(ReadingWeight.of(open, LAUNCHERS_HEAP)).as("two million tags open at once, read a part at a time")
                .isGreaterThan(LAUNCHERS_HEAP / 2);
    }

    private static Path page(Path file, String unit, int times) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("<html><head><title>Interview</title></head><body><p>");
            for (int i = 0; i < times; i++) {
                out.write(unit);
            }
            out.write("</p></body></html>");
        }
        return file;
    }
}
