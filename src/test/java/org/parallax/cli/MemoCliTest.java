package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.parallax.testutil.TestProjects;

class MemoCliTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void project() {
        project = TestProjects.table1WithOneText(dir, "study.parallax", "act.txt",
                "NATO and Russia build a council together.\n");
        assertThat(Cli.parallax("coders", project, "--active", "anna").exit()).isZero();
        assertThat(Cli.parallax("code", project, "--doc", 1, "--start", 0, "--end", 4, "--code", "Balance of power",
                "--memo", "first passage memo").exit()).isZero();
    }

    @Test
    void writesEveryKindOfMemoAndListsThemAsTableCsvAndJson() throws Exception {
        assertThat(Cli.parallax("memo", project, "--project", "--text", "Journal, day 1\nday 2").out())
                .startsWith("Saved project memo (20 characters, by anna");
        assertThat(Cli.parallax("memo", project, "--doc", 1, "--text", "=HYPERLINK(\"x\")").exit()).isZero();
        assertThat(Cli.parallax("memo", project, "--code", "Balance of power", "--text", "power talk only").exit())
                .isZero();
        assertThat(Cli.parallax("memo", project, "--segment", 1, "--text", "edited passage memo").exit()).isZero();

        Cli table = Cli.parallax("memos", project);
        assertThat(table.out().lines()).hasSize(5);
        assertThat(table.out()).contains("Journal, day 1 day 2", "power talk only", "edited passage memo",
                "Balance of power in ");

        Cli csv = Cli.parallax("memos", project, "--format", "csv");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.out())).getRecords();
        assertThat(records).extracting(r -> r.get("kind")).containsExactly("project", "document", "code", "passage");
        assertThat(records.get(0).get("text")).isEqualTo("Journal, day 1\nday 2");
        assertThat(records.get(1).get("text")).as("formula guard").isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(records.get(3).get("passage")).isEqualTo("NATO");
        assertThat(records.get(3).get("author")).isEqualTo("anna");

        JsonNode json = new ObjectMapper().readTree(Cli.parallax("memos", project, "--format", "json",
                "--kind", "passage").out());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("text").asText()).isEqualTo("edited passage memo");
        assertThat(json.get(0).get("document_id").asLong()).isEqualTo(1);

        assertThat(Cli.parallax("memos", project, "--doc", 1).out().lines()).hasSize(3);
        assertThat(Cli.parallax("memos", project, "--coder", "nobody").err())
                .contains("No coder named 'nobody' in ");
    }

    @Test
    void exportWritesCsvAndJsonFiles() throws Exception {
        Cli.parallax("memo", project, "--project", "--text", "journal");
        Path csv = dir.resolve("memos.csv");
        Path json = dir.resolve("memos.json");
        assertThat(Cli.parallax("export", "memos", project, csv).out()).contains("Memos written to");
        assertThat(Cli.parallax("export", "memos", project, json).exit()).isZero();
        assertThat(Files.readString(csv)).startsWith("memo_id,kind,target_id,about").contains("journal");
        assertThat(new ObjectMapper().readTree(json.toFile())).hasSize(2);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(org.parallax.io.AtomicFiles.TEMP_SUFFIX) || n.endsWith(".tmp"));

        Cli missing = Cli.parallax("export", "memos", project, dir.resolve("nowhere/memos.csv"));
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("nowhere").contains("does not exist").doesNotContain("Exception");
    }

    @Test
    void emptyTextRemovesAndMistakesGetOneClearLine() {
        assertThat(Cli.parallax("memo", project, "--segment", 1, "--text", "").out()).contains("Removed passage memo");
        assertThat(Cli.parallax("memos", project, "--format", "csv").out().lines()).hasSize(1);

        Cli both = Cli.parallax("memo", project, "--doc", 1, "--project", "--text", "x");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        Cli noTarget = Cli.parallax("memo", project, "--text", "x");
        assertThat(noTarget.exit()).isEqualTo(2);
        Cli unknownSegment = Cli.parallax("memo", project, "--segment", 77, "--text", "x");
        assertThat(unknownSegment.err().strip()).isEqualTo("error: study.parallax: no passage with id 77 (see: "
                + "parallax segments "
                + project + ")");
        Cli badKind = Cli.parallax("memos", project, "--kind", "note");
        assertThat(badKind.err()).contains("project, document, code, passage");
        assertThat(Cli.parallax("memo", "--help").out()).contains("--segment", "--project", "--text");
    }
}
