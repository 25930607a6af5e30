package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * The first coder's project and document memos in blind mode (ADR 0030): the blind second coder read the first
 * coder's research journal and their reading of each document in `memos`, the exports and a `memo:` search, and
 * `memo --doc` wrote over the first coder's document memo unseen. Now they are left out and said so; code memos
 * define the codebook and stay.
 */
class BlindMemosCliTest {
    private static final String READING = "Analyst reading: deterrence above all";
    private static final String JOURNAL = "Journal of the analyst, week one";
    private static final String CODEBOOK = "Balance of power: alliances formed against a rising power";

    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void theAnalystsMemosThenBlindSecondCoding() throws IOException {
        project = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("study.parallax"));
        ok("coders", project, "--active", "analyst");
        ok("memo", project, "--doc", "1", "--text", READING);
        ok("memo", project, "--project", "--text", JOURNAL);
        ok("memo", project, "--code", "Balance of power", "--text", CODEBOOK);
        ok("coders", project, "--active", "second-coder", "--blind", "on");
    }

    @Test
    void anotherCodersProjectAndDocumentMemosAreLeftOutAndSaidSoWhileCodeMemosStay() throws IOException {
        Cli memos = ok("memos", project, "--format", "csv");
        assertThat(memos.out()).contains(CODEBOOK).doesNotContain(READING, JOURNAL);
        assertThat(memos.err()).hasLineCount(1).contains("memos of other coders' work are left out");

        Cli search = ok("search", project, "memo:deterrence");
        assertThat(search.out()).contains("0 hits");

        Path qdpx = dir.resolve("study.qdpx");
        ok("export", "qdpx", project, qdpx);
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            String qde = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(qde).contains("alliances formed").doesNotContain("deterrence above all", "week one");
        }
        Path xlsx = dir.resolve("views.xlsx");
        ok("export", "xlsx", project, xlsx);
        assertThat(BlindModeCliTest.worksheets(xlsx)).doesNotContain("deterrence above all", "week one");
    }

    /** One memo per document: the second coder's memo would have replaced the first coder's, which they never saw. */
    @Test
    void theSecondCoderCannotWriteOverAMemoHiddenFromThem() {
        Cli over = Cli.parallax("memo", project, "--doc", "1", "--text", "mine");
        assertThat(over.exit()).isEqualTo(1);
        assertThat(over.err()).contains("The memo on document 1 was written by another coder and is hidden in blind "
                + "mode; nothing was changed").doesNotContain(READING, "Exception");
        ok("memo", project, "--doc", "2", "--text", "The second coder's own reading");
        assertThat(ok("memos", project, "--format", "csv").out()).contains("The second coder's own reading");

        ok("coders", project, "--blind", "off");
        assertThat(ok("memos", project, "--format", "csv").out()).contains(READING, JOURNAL, CODEBOOK,
                "The second coder's own reading");
    }

    private static Cli ok(Object... args) {
        Cli run = Cli.parallax(args);
        assertThat(run.exit()).as(String.join(" ", java.util.Arrays.stream(args).map(String::valueOf).toList())
                + ": " + run.err()).isZero();
        return run;
    }
}
