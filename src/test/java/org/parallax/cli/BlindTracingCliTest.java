package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * Process tracing in blind mode (ADR 0030): evidence the first coder built on their own passage showed that passage,
 * its quote and their note to the blind second coder in `evidence`, `ledger` and `export tracing`. Now such an item
 * is left out of the list, the ledger and every export, the ledger counts what is shown, and each says so in one line.
 */
class BlindTracingCliTest {
    private static final String SET = "NATO-Russia relations since 1997";
    private static final String FIRST_NOTE = "The analyst reads this as a threat at the border";

    @TempDir
    Path dir;
    Path project;
    String analystsQuote;
    String analystsPassage;

    /**
     * As the analyst, with blind mode off: one item on the analyst's passage, one on the second coder's, one on a plain
     * selection; then the second coder codes blind.
     */
    @BeforeEach
    void evidenceOfBothCodersThenBlindSecondCoding() throws IOException {
        project = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("study.parallax"));
        Cli.ok("coders", project, "--active", "analyst");
        Cli.ok("hypothesis", "template", project);
        List<CSVRecord> passages = records(Cli.ok("segments", project, "--format", "csv").out());
        CSVRecord analysts = passages.stream().filter(r -> r.get("coder").equals("analyst")).findFirst().orElseThrow();
        CSVRecord seconds = passages.stream().filter(r -> r.get("coder").equals("second-coder")).findFirst()
                .orElseThrow();
        analystsQuote = analysts.get("text");
        analystsPassage = analysts.get("id");
        Cli.ok("evidence", "add", project, "--set", SET, "--segment", analysts.get("id"), "--likelihood", "H1=0.8",
                "--likelihood", "H2=0.2", "--likelihood", "Other=0.5", "--note", FIRST_NOTE, "--description",
                "Item of the analyst");
        Cli.ok("evidence", "add", project, "--set", SET, "--segment", seconds.get("id"), "--likelihood", "H1=0.5",
                "--likelihood", "H2=0.65", "--likelihood", "Other=0.5", "--description", "Item of the second coder");
        Cli.ok("evidence", "add", project, "--set", SET, "--doc", "1", "--start", "0", "--end", "20", "--likelihood",
                "H1=0.35", "--likelihood", "H2=0.65", "--likelihood", "Other=0.5", "--description", "A plain selection");
        Cli.ok("coders", project, "--active", "second-coder", "--blind", "on");
    }

    @Test
    void evidenceOnTheFirstCodersPassageIsLeftOutOfTheListTheLedgerAndTheExportsAndEachSaysSo() throws IOException {
        String notice = "blind mode is on: only second-coder's passages are shown and 1 evidence item on passages "
                + "hidden in blind mode is left out; switch it off with: parallax coders " + project.toAbsolutePath()
                + " --blind off";

        Cli evidence = Cli.ok("evidence", project, "--set", SET, "--format", "csv");
        assertThat(records(evidence.out())).extracting(r -> r.get("description"))
                .containsExactly("Item of the second coder", "A plain selection");
        assertThat(evidence.out()).doesNotContain(FIRST_NOTE, analystsQuote);
        assertThat(evidence.err().lines().toList()).containsExactly(notice);

        Cli ledger = Cli.ok("ledger", project, "--set", SET, "--format", "csv");
        assertThat(records(ledger.out())).extracting(r -> r.get("evidence")).containsOnly("2", "3").hasSize(6);
        assertThat(ledger.err().lines().toList()).containsExactly(notice);
        // The second coder's two items alone: H1 .4*.5*.35 = .07, H2 .4*.65*.65 = .169, Other .2*.5*.5 = .05.
        Cli table = Cli.ok("ledger", project, "--set", SET);
        assertThat(table.out()).contains("0.2422", "0.5848", "0.1730").doesNotContain("#1 ");

        for (String name : List.of("report.html", "ledger.json", "chain.svg")) {
            Path out = dir.resolve(name);
            Cli export = Cli.ok("export", "tracing", project, out, "--set", SET);
            assertThat(Files.readString(out)).as(name).doesNotContain(FIRST_NOTE, "Item of the analyst", analystsQuote, "vidence #1");
            assertThat(export.err().lines().toList()).as(name).containsExactly(notice);
        }
        assertThat(Files.readString(dir.resolve("report.html"))).contains("Item of the second coder",
                "A plain selection");

        Path qdpx = dir.resolve("study.qdpx");
        Cli exchange = Cli.ok("export", "qdpx", project, qdpx);
        assertThat(exchange.err().lines().toList()).containsExactly(notice);
        try (var zip = new java.util.zip.ZipFile(qdpx.toFile())) {
            String qde = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(qde).contains("Item of the second coder").doesNotContain(FIRST_NOTE, "Item of the analyst");
        }
    }

    @Test
    void theFirstCodersItemCanBeNeitherEditedNorRemovedNorItsPassageQuotedBlind() {
        Cli edit = Cli.parallax("evidence", "edit", project, "--set", SET, "--id", "1", "--note", "mine now");
        assertThat(edit.exit()).isEqualTo(1);
        assertThat(edit.err()).contains("has no evidence #1 among the items shown (1 evidence item on passages hidden "
                + "in blind mode is left out)").doesNotContain(FIRST_NOTE);
        assertThat(Cli.parallax("evidence", "remove", project, "--set", SET, "--id", "1").exit()).isEqualTo(1);

        Cli.ok("coders", project, "--blind", "off");
        assertThat(Cli.ok("evidence", project, "--set", SET).out()).contains(FIRST_NOTE);
        Cli.ok("coders", project, "--blind", "on");

        Cli quote = Cli.parallax("evidence", "add", project, "--set", SET, "--segment", analystsPassage,
                "--likelihood", "H1=0.5", "--likelihood", "H2=0.5", "--likelihood", "Other=0.5");
        assertThat(quote.exit()).isEqualTo(1);
        assertThat(quote.out()).isEmpty();
        assertThat(quote.err()).hasLineCount(1).contains("no passage with id " + analystsPassage
                + " among second-coder's (blind mode shows only theirs)").doesNotContain(analystsQuote);
    }

    /** Switched off, every item, the whole ledger and no line about blind mode. */
    @Test
    void switchedOffEverythingIsBackAndNothingIsSaid() throws IOException {
        Cli.ok("coders", project, "--blind", "off");
        Cli evidence = Cli.ok("evidence", project, "--set", SET, "--format", "csv");
        assertThat(records(evidence.out())).hasSize(3);
        assertThat(evidence.out()).contains(FIRST_NOTE);
        assertThat(evidence.err()).isEmpty();
        assertThat(records(Cli.ok("ledger", project, "--set", SET, "--format", "csv").out())).hasSize(9);
    }

    private static List<CSVRecord> records(String csv) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
