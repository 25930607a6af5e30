package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
        Cli.ok("coders", project, "--active", "analyst");
        Cli.ok("memo", project, "--doc", "1", "--text", READING);
        Cli.ok("memo", project, "--project", "--text", JOURNAL);
        Cli.ok("memo", project, "--code", "Balance of power", "--text", CODEBOOK);
        Cli.ok("coders", project, "--active", "second-coder", "--blind", "on");
    }

    @Test
    void anotherCodersProjectAndDocumentMemosAreLeftOutAndSaidSoWhileCodeMemosStay() throws IOException {
        Cli memos = Cli.ok("memos", project, "--format", "csv");
        assertThat(memos.out()).contains(CODEBOOK).doesNotContain(READING, JOURNAL);
        assertThat(memos.err()).hasLineCount(1).contains("memos of other coders' work are left out");

        Cli search = Cli.ok("search", project, "memo:deterrence");
        assertThat(search.out().strip()).isEqualTo("No passage matched 'memo:deterrence'");

        Path qdpx = dir.resolve("study.qdpx");
        Cli.ok("export", "qdpx", project, qdpx);
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            String qde = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(qde).contains("alliances formed").doesNotContain("deterrence above all", "week one");
        }
        Path xlsx = dir.resolve("views.xlsx");
        Cli.ok("export", "xlsx", project, xlsx);
        assertThat(BlindModeCliTest.worksheets(xlsx)).doesNotContain("deterrence above all", "week one");
    }

    /**
     * A project without passage memos: the listing read no passage, so it said nothing while it left the first
     * coder's document memo out.
     */
    @Test
    void aListingThatLeftOutOnlyADocumentMemoSaysSo() throws IOException {
        Path fresh = dir.resolve("fresh.parallax");
        Path text = Files.writeString(dir.resolve("minutes.txt"), "The council met and spoke of deterrence.");
        Cli.ok("new", fresh);
        Cli.ok("import", fresh, text);
        Cli.ok("coders", fresh, "--active", "analyst");
        Cli.ok("memo", fresh, "--doc", "1", "--text", READING);
        Cli.ok("coders", fresh, "--active", "second-coder", "--blind", "on");

        Cli memos = Cli.ok("memos", fresh, "--format", "csv");
        assertThat(memos.out()).doesNotContain(READING);
        assertThat(memos.err().lines().toList()).containsExactly("blind mode is on: only second-coder's passages are "
                + "shown and 1 memo of other coders' work is left out; switch it off with: parallax coders "
                + fresh.toAbsolutePath() + " --blind off");
    }

    /**
     * A passage of the first coder's without a memo: `memo --segment` wrote the second coder's memo on it, blind, and
     * confirmed it naming the passage's code and document.
     */
    @Test
    void theSecondCoderCannotWriteAMemoOnTheFirstCodersPassage() throws IOException {
        Cli.ok("coders", project, "--blind", "off");
        CSVRecord analysts = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(Cli.ok("segments", project, "--format", "csv").out())).getRecords().stream()
                .filter(r -> r.get("coder").equals("analyst") && r.get("memo").isEmpty()).findFirst().orElseThrow();
        Cli.ok("coders", project, "--blind", "on");

        Cli memo = Cli.parallax("memo", project, "--segment", analysts.get("id"), "--text", "The second coder's memo");
        assertThat(memo.exit()).isEqualTo(1);
        assertThat(memo.out()).isEmpty();
        assertThat(memo.err().strip()).hasLineCount(1).contains("no passage with id " + analysts.get("id")
                + " among second-coder's (blind mode shows only theirs)").doesNotContain(analysts.get("code"));
        Cli.ok("coders", project, "--blind", "off");
        assertThat(Cli.ok("memos", project, "--format", "csv").out()).doesNotContain("The second coder's memo");
    }

    /** One memo per document: the second coder's memo would have replaced the first coder's, which they never saw. */
    @Test
    void theSecondCoderCannotWriteOverAMemoHiddenFromThem() {
        Cli over = Cli.parallax("memo", project, "--doc", "1", "--text", "mine");
        assertThat(over.exit()).isEqualTo(1);
        assertThat(over.err()).contains("The memo on document “North Atlantic Treaty” was written by another coder and is hidden in blind "
                + "mode; nothing was changed").doesNotContain(READING, "Exception");
        Cli.ok("memo", project, "--doc", "2", "--text", "The second coder's own reading");
        assertThat(Cli.ok("memos", project, "--format", "csv").out()).contains("The second coder's own reading");

        Cli.ok("coders", project, "--blind", "off");
        assertThat(Cli.ok("memos", project, "--format", "csv").out()).contains(READING, JOURNAL, CODEBOOK,
                "The second coder's own reading");
    }
}
