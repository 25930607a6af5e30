package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.HeapLimitedCli;

/**
 * A Taguette highlights sheet within the text limit that still does not fit the heap (many rows, each held with its
 * document, tag and text while they are matched) ran out of memory outside the import's heap guard, so the command
 * said "out of memory" naming none of the files given. It names the sheet, and nothing of it is imported.
 */
class HighlightsOutOfMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aSheetThatDoesNotFitTheHeapIsNamedInOneLine() throws Exception {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        int codes = codeCount(project);
        Path sheet = writeRows(dir.resolve("highlights.csv"), 260_000);

        HeapLimitedCli.Result result = HeapLimitedCli.run(dir, "48m", "import", project, sheet);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errorLines()).singleElement().asString()
                .startsWith("failed: highlights.csv: out of memory while importing it; nothing was imported: "
                        + "this needs more than the Java heap limit");
        assertThat(codeCount(project)).as("no tag of the sheet made a code").isEqualTo(codes);
    }

    private static int codeCount(Path project) {
        try (Workbench wb = Workbench.open(project)) {
            return wb.codebook().current().codes().size();
        }
    }

    /** Rows of one short highlight each, under the 20,000,000-character text limit (about 16 million here). */
    private static Path writeRows(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("id,document,tag,content\n");
            for (int i = 0; i < rows; i++) {
                out.write(i + ",interview " + (i % 500) + ",tag " + (i % 300) + ",She was happy to be back, row " + i
                        + "\n");
            }
        }
        return file;
    }
}
