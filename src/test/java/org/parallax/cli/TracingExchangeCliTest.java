package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.io.refi.RefiSchemas;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/** Hypotheses and evidence survive a REFI-QDA round trip: export, import into a fresh project, the same ledger. */
class TracingExchangeCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SET = "NATO-Russia relations since 1997";
    @TempDir
    Path dir;

    private static void ok(Cli cli) {
        assertThat(cli.exit()).as(cli.err()).isZero();
    }

    @Test
    void aSetWithRangesGroupsSelectionsAndADeletedPassageComesBackWithTheSameLedger() throws Exception {
        Path project = dir.resolve("study.parallax");
        ok(Cli.parallax("new", project, "--codebook", "table1"));
        ok(Cli.parallax("import", project, TestProjects.textFile(dir, "munich.txt",
                "NATO expansion is a serious provocation. We are witnessing an almost uncontained hyper use of force.\n"),
                "--title", "munich", "--date", "2007-02-10", "--actor", "Russia"));
        ok(Cli.parallax("import", project, TestProjects.textFile(dir, "rome.txt",
                "A council of twenty equal partners \uD83D\uDE00 meets in Rome.\n"), "--title", "rome", "--date",
                "2002-05-28", "--actor", "NATO"));
        ok(Cli.parallax("code", project, "--doc", 1, "--start", 0, "--end", 40, "--code",
                "Perception of threatening behavior", "--memo", "a memo of the passage"));
        ok(Cli.parallax("code", project, "--doc", 1, "--start", 41, "--end", 99, "--code", "Balance of power"));
        ok(Cli.parallax("code", project, "--doc", 2, "--start", 0, "--end", 35, "--code",
                "Seeking a common language and community"));
        ok(Cli.parallax("hypothesis", "template", project));
        ok(Cli.parallax("evidence", "add", project, "--set", SET, "--segment", 1, "--likelihood", "H1=very likely",
                "--likelihood", "H2=0.5:0.65", "--likelihood", "Other=unlikely", "--group", "Munich", "--note",
                "enlargement read as a threat"));
        ok(Cli.parallax("evidence", "add", project, "--set", SET, "--segment", 2, "--likelihood", "H1=0.8",
                "--likelihood", "H2=0.5", "--likelihood", "Other=0.3", "--group", "Munich"));
        ok(Cli.parallax("evidence", "add", project, "--set", SET, "--doc", 2, "--start", 0, "--end", 38,
                "--likelihood", "H1=unlikely", "--likelihood", "H2=0.6:0.7", "--likelihood", "Other=even",
                "--date", "2002-05-29", "--description", "twenty equal partners"));
        ok(Cli.parallax("evidence", "add", project, "--set", SET, "--segment", 3, "--likelihood", "H1=0.3",
                "--likelihood", "H2=0.7", "--likelihood", "Other=0.5"));
        ok(Cli.parallax("uncode", project, "--segment", 3));
        String ledgerBefore = Cli.parallax("ledger", project, "--set", SET, "--format", "json").out();

        Path qdpx = dir.resolve("study.qdpx");
        ok(Cli.parallax("export", "qdpx", project, qdpx));
        String qde = new String(QdpxFiles.entries(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        assertThat(RefiSchemas.validateProject(QdpxFiles.utf8(qde))).as("other tools read it").isEmpty();
        assertThat(qde).contains("Hypothesis set: " + SET, "Evidence #1 (" + SET + ")",
                "P(E|H1) = 0.8; P(E|H2) = 0.5:0.65; P(E|Other) = 0.35", "Note: enlargement read as a threat");

        Path fresh = dir.resolve("fresh.parallax");
        ok(Cli.parallax("new", fresh));
        Cli imported = Cli.parallax("import", fresh, qdpx);
        ok(imported);
        assertThat(imported.out()).contains("process tracing: 1 hypothesis sets and 4 evidence items added");
        assertThat(imported.out() + imported.err()).doesNotContain("not imported");

        assertThat(JSON.readTree(Cli.parallax("ledger", fresh, "--set", SET, "--format", "json").out()))
                .isEqualTo(JSON.readTree(ledgerBefore));
        assertThat(Cli.parallax("hypotheses", fresh, "--format", "json").out())
                .isEqualTo(Cli.parallax("hypotheses", project, "--format", "json").out());
        JsonNode before = JSON.readTree(Cli.parallax("evidence", project, "--set", SET, "--format", "json").out());
        JsonNode after = JSON.readTree(Cli.parallax("evidence", fresh, "--set", SET, "--format", "json").out());
        assertThat(after).hasSize(4);
        for (int i = 0; i < 4; i++) {
            for (String field : new String[] {"id", "date", "description", "note", "group", "P(E|H1)", "P(E|H2)",
                "P(E|Other)", "test H1", "quote", "source"}) {
                assertThat(after.get(i).get(field)).as(i + " " + field).isEqualTo(before.get(i).get(field));
            }
        }
        assertThat(after.get(3).get("status").asText()).as("the deleted passage's text is a selection that says so")
                .isEqualTo("passage deleted").isEqualTo(before.get(3).get("status").asText());
        assertThat(after.get(0).get("offsets").asText()).contains("passage");
        assertThat(after.get(2).get("offsets").asText()).as("a plain selection stays one").matches("doc \\d \\[0,38\\)");
        JsonNode passages = JSON.readTree(Cli.parallax("segments", fresh, "--format", "json").out());
        assertThat(passages).hasSize(2);
        assertThat(passages.toString()).as("the evidence note is no passage memo").doesNotContain("Parallax process")
                .contains("a memo of the passage");

        Cli again = Cli.parallax("import", fresh, qdpx);
        ok(again);
        assertThat(again.out() + again.err()).contains("Hypothesis set '" + SET + "' is already in the project");
        assertThat(JSON.readTree(Cli.parallax("evidence", fresh, "--set", SET, "--format", "json").out())).hasSize(4);
    }

    @Test
    void aNoteWhoseDataWasEditedBadlyIsReportedAndTheRestImports() throws Exception {
        Path project = dir.resolve("study.parallax");
        ok(Cli.parallax("new", project, "--codebook", "table1"));
        ok(Cli.parallax("import", project, TestProjects.textFile(dir, "munich.txt", "NATO expansion is a threat.\n"),
                "--title", "munich", "--date", "2007-02-10"));
        ok(Cli.parallax("code", project, "--doc", 1, "--start", 0, "--end", 27, "--code", "Balance of power"));
        ok(Cli.parallax("hypothesis", "template", project));
        for (String h1 : new String[] {"0.8", "0.6"}) {
            ok(Cli.parallax("evidence", "add", project, "--set", SET, "--segment", 1, "--likelihood", "H1=" + h1,
                    "--likelihood", "H2=0.5", "--likelihood", "Other=0.3"));
        }
        Path qdpx = dir.resolve("study.qdpx");
        ok(Cli.parallax("export", "qdpx", project, qdpx));
        var entries = new java.util.LinkedHashMap<>(QdpxFiles.entries(qdpx));
        String qde = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
        String broken = qde.replaceFirst("\"H1\" : \\{\\s*\"low\" : 0.8,", "\"H1\" : { \"low\" : 1.8,");
        assertThat(broken).isNotEqualTo(qde);
        Path edited = dir.resolve("edited.qdpx");
        entries.put("project.qde", broken.getBytes(StandardCharsets.UTF_8));
        QdpxFiles.zip(edited, entries);

        Path fresh = dir.resolve("fresh.parallax");
        ok(Cli.parallax("new", fresh));
        Cli imported = Cli.parallax("import", fresh, edited);
        ok(imported);
        assertThat((imported.out() + imported.err()).lines().filter(l -> l.contains("Evidence #1")))
                .singleElement().asString().contains("between 0 and 1");
        JsonNode items = JSON.readTree(Cli.parallax("evidence", fresh, "--set", SET, "--format", "json").out());
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("P(E|H1)").asText()).isEqualTo("0.6");
    }
}
