package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/** Table 1 and timelines on a one-document project, through the command line, where a column used to lie. */
class Table1EdgeCasesCliTest {
    private static final String FIRST_PERIOD = "Founding Act and Permanent Joint Council";
    @TempDir
    Path dir;

    /** A Table 1 project with one 200-word document (no scenario attribute) dated {@code date}. */
    private Path project(String date) throws IOException {
        Path project = dir.resolve("p.parallax");
        assertThat(Cli.parallax("new", project, "--codebook", "table1").exit()).isZero();
        Path text = Files.writeString(dir.resolve("talks.txt"), "NATO and Russia met again today. ".repeat(40));
        Cli imported = Cli.parallax("import", project, text, "--date", date);
        assertThat(imported.exit()).as(imported.err()).isZero();
        return project;
    }

    private static void code(Path project, int start, int end, String code) {
        Cli cli = Cli.parallax("code", project, "--doc", 1, "--start", start, "--end", end, "--code", code);
        assertThat(cli.exit()).as(cli.err()).isZero();
    }

    private static List<CSVRecord> csv(Object... args) throws IOException {
        Cli cli = Cli.parallax(args);
        assertThat(cli.exit()).as(cli.err()).isZero();
        return CSVFormat.RFC4180.parse(new StringReader(cli.out())).getRecords();
    }

    @Test
    void noScenarioRateCountsTheWordsOfADocumentWithoutScenarioThatHasAScenarioPassageElsewhere() throws IOException {
        Path project = project("2010-05-01");
        code(project, 0, 33, "Partnership schemes / joint exercise");
        code(project, 99, 132, "Balance of power");

        List<CSVRecord> passages = csv("tally", project, "--rows", "code", "--format", "csv");
        List<CSVRecord> rates = csv("tally", project, "--rows", "code", "--measure", "per10k", "--format", "csv");

        int noScenario = passages.get(0).toList().indexOf("No scenario");
        CSVRecord balance = row(passages, "Balance of power");
        assertThat(balance.get(noScenario)).isEqualTo("1");
        // One passage in a document of 240 words: 10,000 / 240 = 41.67 per 10,000 words, not 0.
        assertThat(Double.parseDouble(row(rates, "Balance of power").get(noScenario))).isCloseTo(41.67,
                org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void aPassageDatedBeforeTheFirstPeriodIsInABinOfItsOwnNotUndated() throws IOException {
        Path project = project("1990-01-01");
        code(project, 99, 132, "Balance of power");

        List<CSVRecord> timeline = csv("timeline", project, "--by", "period", "--format", "csv");
        assertThat(timeline.get(1).get(0)).isEqualTo("Before " + FIRST_PERIOD);
        assertThat(timeline.get(1).get(1)).isEqualTo("1");
        Cli table = Cli.parallax("timeline", project, "--by", "period");
        assertThat(table.out()).doesNotContain("without a date");

        List<CSVRecord> tally = csv("tally", project, "--cols", "period", "--format", "csv");
        assertThat(tally.get(0).toList()).containsExactly("", "Before " + FIRST_PERIOD, "Total");
    }

    private static CSVRecord row(List<CSVRecord> records, String label) {
        return records.stream().filter(r -> r.get(0).strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + records));
    }
}
