package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * docs/reports.md explains with the sample's numbers why a scenario's report quotes more passages than its
 * Table 1 column counts; the numbers it quotes are what the commands print.
 */
class ReportScenarioCountsCliTest {
    private static final String SCENARIO = "Institutionalized dialogue";

    @TempDir
    Path dir;

    @Test
    void theReportsPageQuotesTheCountsTheCommandsGive() throws IOException {
        Path sample = TestProjects.sampleCopy(dir);
        Cli report = Cli.parallax("report", sample, dir.resolve("dialogue.html"), "--scenario", SCENARIO);
        Cli constructivism = Cli.parallax("report", sample, dir.resolve("c.html"), "--scenario", SCENARIO,
                "--frame", "Constructivism");
        Cli table1 = Cli.parallax("tally", sample, "--format", "csv");
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).startsWith("Report of 15 passages written to");
        assertThat(constructivism.out()).startsWith("Report of 9 passages written to");
        assertThat(Files.readString(dir.resolve("dialogue.html"))).contains("15 passages from 7 documents");
        assertThat(table1.out().lines().filter(l -> l.startsWith("Total,"))).singleElement().asString()
                .contains(",10,");

        String page = Files.readString(Path.of("docs/reports.md")).replaceAll("\\s+", " ");
        assertThat(page).contains("quotes 15 passages from 7 documents",
                "column counts 10 in 3 documents (Realism 1, Constructivism 9)", "the other 5 are the passages coded",
                "gives the column's 9 Constructivism passages");
    }
}
