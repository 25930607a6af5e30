package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/** The process-tracing commands as scripts call them, on a real project file. */
class ProcessTracingCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void project() {
        project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project, "--codebook", "table1").exit()).isZero();
        Path munich = TestProjects.textFile(dir, "munich.txt", "NATO expansion is a serious provocation.\n");
        Path rome = TestProjects.textFile(dir, "rome.txt", "A council of twenty equal partners.\n");
        assertThat(Cli.parallax("import", project, munich, "--title", "munich", "--date", "2007-02-10",
                "--actor", "Russia").exit()).isZero();
        assertThat(Cli.parallax("import", project, rome, "--title", "rome", "--date", "2002-05-28",
                "--actor", "NATO").exit()).isZero();
        assertThat(Cli.parallax("code", project, "--doc", 1, "--start", 0, "--end", 40, "--code",
                "Perception of threatening behavior").exit()).isZero();
        assertThat(Cli.parallax("code", project, "--doc", 2, "--start", 0, "--end", 35, "--code",
                "Seeking a common language and community").exit()).isZero();
        hypothesis("H1", "0.4");
        hypothesis("H2", "0.4");
        assertThat(Cli.parallax("hypothesis", "add", project, "--set", "NR", "--name", "Other", "--catch-all").out())
                .contains("prior 0.2", "sum to 1.0000");
    }

    private void hypothesis(String name, String prior) {
        Cli added = Cli.parallax("hypothesis", "add", project, "--set", "NR", "--name", name, "--statement",
                "statement of " + name, "--prior", prior);
        assertThat(added.exit()).as(added.err()).isZero();
    }

    @Test
    void recordsEvidenceAndPrintsTheLedgerInDateOrderWithRanges() throws Exception {
        Cli munich = Cli.parallax("evidence", "add", project, "--set", "NR", "--segment", 1, "--likelihood", "H1=0.8",
                "--likelihood", "H2=0.2:0.4", "--likelihood", "Other=even", "--note", "Putin at Munich");
        assertThat(munich.exit()).as(munich.err()).isZero();
        assertThat(munich.out()).contains("Recorded evidence #1", "dated 2007-02-10");
        assertThat(Cli.parallax("evidence", "add", project, "--set", "NR", "--segment", "2", "--likelihood",
                "h1=unlikely", "--likelihood", "H2=likely", "--likelihood", "Other=0.5").exit()).isZero();

        JsonNode ledger = JSON.readTree(Cli.parallax("ledger", project, "--set", "NR", "--format", "json").out());
        JsonNode steps = ledger.get("steps");
        assertThat(steps.get(0).get("evidence").asLong()).as("Rome 2002 before Munich 2007").isEqualTo(2);
        assertThat(steps.get(0).get("date").asText()).isEqualTo("2002-05-28");
        // Independent computation: .4*.35, .4*.65, .2*.5 then * (.8, .3 (midpoint of .2-.4), .5)
        double h1 = 0.4 * 0.35 * 0.8;
        double h2 = 0.4 * 0.65 * 0.3;
        double other = 0.2 * 0.5 * 0.5;
        JsonNode last = steps.get(1).get("hypotheses");
        assertThat(last.get("H1").get("posterior").asDouble()).isCloseTo(h1 / (h1 + h2 + other), within(1e-9));
        double h1Low = 0.4 * 0.35 * 0.8 / (0.4 * 0.35 * 0.8 + 0.4 * 0.65 * 0.4 + other);
        assertThat(last.get("H1").get("low").asDouble()).isCloseTo(h1Low, within(1e-9));
        double h2High = 0.4 * 0.65 * 0.4 / (0.4 * 0.35 * 0.8 + 0.4 * 0.65 * 0.4 + other);
        assertThat(last.get("H2").get("high").asDouble()).isCloseTo(h2High, within(1e-9));
        assertThat(ledger.get("most_influential")).hasSize(2);

        Cli table = Cli.parallax("ledger", project, "--set", "NR");
        assertThat(table.out()).contains("prior", "#2", "#1", "Moved the result most: evidence #");
        assertThat(Cli.parallax("ledger", project, "--set", "NR", "--format", "csv").out().lines())
                .hasSize(1 + 2 * 3).first().isEqualTo(String.join(",", org.parallax.io.LedgerExporter.CSV_HEADER));

        Cli evidence = Cli.parallax("evidence", project, "--set", "NR", "--format", "json");
        JsonNode items = JSON.readTree(evidence.out());
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("P(E|H2)").asText()).isEqualTo("0.2:0.4");
        assertThat(items.get(0).get("test H1").asText()).isEqualTo("hoop");
        assertThat(items.get(0).get("quote").asText()).isEqualTo("NATO expansion is a serious provocation.");
        assertThat(items.get(0).get("source").asText()).isEqualTo("munich (Russia)");
        assertThat(Cli.parallax("hypotheses", project, "--format", "csv").out().lines()).hasSize(4);
    }

    @Test
    void badInputGivesOneLineAndWritesNothing() throws Exception {
        String[][] mistakes = {
            {"--segment", "1", "--likelihood", "H1=1.5", "--likelihood", "H2=0.5", "--likelihood", "Other=0.5"},
            {"--segment", "1", "--likelihood", "H1=0.5", "--likelihood", "H9=0.5", "--likelihood", "Other=0.5"},
            {"--segment", "99", "--likelihood", "H1=0.5", "--likelihood", "H2=0.5", "--likelihood", "Other=0.5"},
            {"--segment", "1", "--likelihood", "H1=0.5", "--likelihood", "H2=0.5"},
            {"--segment", "1", "--likelihood", "H1=0", "--likelihood", "H2=0", "--likelihood", "Other=0"},
            {"--segment", "1", "--likelihood", "H1=0.6:0.4", "--likelihood", "H2=0.5", "--likelihood", "Other=0.5"},
            {"--doc", "1", "--start", "5", "--end", "500", "--likelihood", "H1=0.5", "--likelihood", "H2=0.5",
                "--likelihood", "Other=0.5"},
        };
        String[] expected = {"between 0 and 1", "no hypothesis 'H9' (it has H1, H2, Other)", "no passage with id 99",
            "missing: Other", "0 for every hypothesis", "from low to high", "outside 'munich'"};
        for (int i = 0; i < mistakes.length; i++) {
            Object[] args = new Object[5 + mistakes[i].length];
            args[0] = "evidence";
            args[1] = "add";
            args[2] = project;
            args[3] = "--set";
            args[4] = "NR";
            System.arraycopy(mistakes[i], 0, args, 5, mistakes[i].length);
            Cli refused = Cli.parallax(args);
            assertThat(refused.exit()).as(refused.err()).isEqualTo(1);
            assertThat(refused.err().lines()).hasSize(1).first().asString().contains(expected[i])
                    .doesNotContain("Exception");
        }
        Cli over = Cli.parallax("hypothesis", "add", project, "--set", "Other set", "--name", "A", "--prior", "1.2");
        assertThat(over.err()).contains("between 0 and 1");
        Cli beyondCatchAll = Cli.parallax("hypothesis", "add", project, "--set", "NR", "--name", "H3", "--prior", "0.3");
        assertThat(beyondCatchAll.err().lines()).hasSize(1).first().asString().contains("more than the catch-all");
        assertThat(Cli.parallax("ledger", project, "--set", "nope").err()).contains("No hypothesis set 'nope'");
        assertThat(JSON.readTree(Cli.parallax("evidence", project, "--set", "NR", "--format", "json").out())).isEmpty();
        assertThat(Cli.parallax("hypotheses", project, "--format", "csv").out().lines()).hasSize(4);
    }

    @Test
    void incompleteSetsAreRefusedUntilThePriorsSumToOne() {
        Cli a = Cli.parallax("hypothesis", "add", project, "--set", "Half", "--name", "A", "--prior", "0.3");
        assertThat(a.out()).contains("(not yet 1)");
        Cli.parallax("hypothesis", "add", project, "--set", "Half", "--name", "B", "--prior", "0.5");
        Cli refused = Cli.parallax("evidence", "add", project, "--set", "half", "--segment", 1, "--likelihood",
                "A=0.5", "--likelihood", "B=0.5");
        assertThat(refused.err()).contains("the priors sum to 0.8000, not 1");
        assertThat(Cli.parallax("ledger", project, "--set", "Half").exit()).isEqualTo(1);
    }

    @Test
    void evidenceKeepsItsQuoteWhenThePassageIsDeleted() throws Exception {
        Cli.parallax("evidence", "add", project, "--set", "NR", "--segment", 1, "--likelihood", "H1=0.8",
                "--likelihood", "H2=0.2", "--likelihood", "Other=0.5");
        assertThat(Cli.parallax("uncode", project, "--segment", 1).exit()).isZero();
        JsonNode item = JSON.readTree(Cli.parallax("evidence", project, "--set", "NR", "--format", "json").out()).get(0);
        assertThat(item.get("status").asText()).isEqualTo("passage deleted");
        assertThat(item.get("quote").asText()).isEqualTo("NATO expansion is a serious provocation.");
        assertThat(Cli.parallax("ledger", project, "--set", "NR").exit()).isZero();
    }

    @Test
    void exportsTheTransparencyReportAsHtmlAndDocxAndTheLedgerAsCsvAndJson() throws Exception {
        Cli.parallax("evidence", "add", project, "--set", "NR", "--segment", 1, "--likelihood", "H1=0.8",
                "--likelihood", "H2=0.2:0.4", "--likelihood", "Other=0.5", "--note", "<b>Munich</b> & after");
        Path html = dir.resolve("report.html");
        assertThat(Cli.parallax("export", "tracing", project, html, "--set", "NR").out())
                .isEqualTo("Process tracing report of 'NR' written to " + html + " (HTML)\n");
        String page = java.nio.file.Files.readString(html);
        assertThat(page).contains("NATO expansion is a serious provocation.", "munich, 2007-02-10, Russia; document 1, "
                + "characters 0–40", "&lt;b&gt;Munich&lt;/b&gt; &amp; after", "P(E|H2) = 0.2:0.4", "hoop",
                "nearly eliminates", "<th>H1 posterior").doesNotContain("<b>Munich");
        Path docx = dir.resolve("report.docx");
        assertThat(Cli.parallax("export", "tracing", project, docx, "--set", "NR").exit()).isZero();
        try (var in = java.nio.file.Files.newInputStream(docx);
             var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("“NATO expansion is a serious provocation.”", "Analyst's note",
                    "P(E|H1) = 0.8");
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getNumberOfRows()).as("header, prior, one step").isEqualTo(3);
        }
        Path csv = dir.resolve("ledger.csv");
        assertThat(Cli.parallax("export", "tracing", project, csv, "--set", "NR").out())
                .isEqualTo("Ledger of 'NR' written to " + csv + " (CSV)\n");
        Path svg = dir.resolve("chain.svg");
        assertThat(Cli.parallax("export", "tracing", project, svg, "--set", "NR").out())
                .isEqualTo("Causal chain of 'NR' written to " + svg + " (SVG)\n");
        assertThat(java.nio.file.Files.readString(svg)).contains("<svg");
        assertThat(java.nio.file.Files.readAllLines(csv)).hasSize(1 + 3);
        Path json = dir.resolve("LEDGER.JSON");
        assertThat(Cli.parallax("export", "tracing", project, json, "--set", "NR").out())
                .as("the workbench says what it wrote; the ending is read without regard to case")
                .isEqualTo("Ledger of 'NR' written to " + json + " (JSON)\n");
        assertThat(JSON.readTree(json.toFile()).get("steps")).hasSize(1);
        Cli wrong = Cli.parallax("export", "tracing", project, dir.resolve("report.pdf"), "--set", "NR");
        assertThat(wrong.err().lines()).hasSize(1).first().asString().contains("say .html, .docx, .csv, .json or .svg");
        assertThat(dir.resolve("report.pdf")).doesNotExist();
    }

    @Test
    void studyTemplateInstallsH1H2AndACatchAll() {
        assertThat(Cli.parallax("hypothesis", "template", project).out()).contains("with 3 hypotheses");
        assertThat(Cli.parallax("hypotheses", project, "--set", "NATO-Russia relations since 1997").out())
                .contains("H1", "balance-of-threat", "H2", "Other");
        assertThat(Cli.parallax("hypothesis", "template", project).exit()).isEqualTo(1);
    }
}
