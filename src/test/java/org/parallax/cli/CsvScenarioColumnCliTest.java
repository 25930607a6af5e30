package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * The exported CSV's {@code scenario} column says the scenario Table 1 counted a passage in, which differs from
 * its document's scenario where the passage lies inside a passage coded with another scenario (a gap found by
 * mutating the exporter to print the document's scenario: no test failed).
 */
class CsvScenarioColumnCliTest {
    private static final String DIALOGUE = "Institutionalized dialogue";
    private static final String DISBANDING = "Disbanding of institutional interaction";

    @TempDir
    Path dir;

    @Test
    void aPassageInsideAnotherScenariosSpanIsExportedWithThatScenario() throws Exception {
        Path project = dir.resolve("scenarios.parallax");
        assertThat(Cli.parallax("new", project, "--codebook", "table1").exit()).isZero();
        // 0-37 is the first sentence; the second starts at 38.
        Path text = Files.writeString(dir.resolve("council.txt"),
                "The council was suspended in the war. NATO and Russia still share common norms today.\n");
        assertThat(Cli.parallax("import", project, text, "--scenario", DIALOGUE).exit()).isZero();
        code(project, 0, 37, DISBANDING);
        code(project, 4, 11, "Balance of power");
        code(project, 38, 60, "Convergence of norms");

        Path csv = dir.resolve("passages.csv");
        Cli export = Cli.parallax("export", "csv", project, csv);
        assertThat(export.exit()).as(export.err()).isZero();

        Map<String, String> scenarioByCode = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(csv)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                scenarioByCode.put(row.get("code"), row.get("scenario"));
            }
        }
        assertThat(scenarioByCode).containsEntry("Balance of power", DISBANDING)
                .containsEntry("Convergence of norms", DIALOGUE)
                .containsEntry(DISBANDING, DISBANDING)
                .hasSize(3);
    }

    private static void code(Path project, int start, int end, String code) {
        Cli run = Cli.parallax("code", project, "--doc", 1, "--start", start, "--end", end, "--code", code);
        assertThat(run.exit()).as(run.err()).isZero();
    }
}
