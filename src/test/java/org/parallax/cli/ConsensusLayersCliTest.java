package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.CodeFrequency;
import org.parallax.model.Matrix;
import org.parallax.testutil.Cli;
import org.parallax.testutil.ConsensusFixture;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * With two coders and a consensus layer (Compare → Accept A), `tally`, the report and the window's Table 1 count
 * the same layers, the coders' own, and say so: the accepted copy is not counted a second time (ADR 0019).
 */
class ConsensusLayersCliTest {
    private static final String LINE = "Counting analyst and second-coder, not consensus: a passage coded by both "
            + "counts once for each.";

    @TempDir
    Path dir;

    @Test
    void tallyReportAndWindowCountTheCodersLayersAndNameThem() throws IOException {
        Path sample = TestProjects.sampleCopy(dir);
        Cli before = Cli.parallax("tally", sample);
        assertThat(before.out()).contains("Counting analyst and second-coder: a passage coded by both counts once "
                + "for each.");
        String totalBefore = total(Cli.parallax("tally", sample, "--format", "csv"));
        List<CodeFrequency> frequenciesBefore;
        try (Workbench wb = Workbench.open(sample)) {
            frequenciesBefore = wb.analysis().frequencies();
        }

        ConsensusFixture.Accepted accepted = ConsensusFixture.acceptA(sample);

        Cli csv = Cli.parallax("tally", sample, "--format", "csv");
        assertThat(csv.exit()).as(csv.err()).isZero();
        assertThat(total(csv)).isEqualTo(totalBefore);
        assertThat(csv.err()).contains(LINE);
        assertThat(csv.out()).doesNotContain("Counting");
        assertThat(Cli.parallax("tally", sample).out()).contains(LINE);
        assertThat(total(Cli.parallax("tally", sample, "--format", "csv", "--coder", "consensus"))).isEqualTo("1");
        assertThat(Cli.parallax("tally", sample, "--coder", "consensus").out())
                .contains("Counting consensus only, not analyst or second-coder.");

        int cell;
        try (Workbench wb = Workbench.open(sample)) {
            Matrix table1 = wb.analysis().table1();
            assertThat(String.valueOf(table1.total().segments())).isEqualTo(totalBefore);
            cell = frameCell(table1, accepted.frame(), accepted.scenario());
            assertThat(wb.analysis().layers(org.parallax.analysis.MatrixSpec.Filter.NONE).sentence()).isEqualTo(LINE);
            // The Codes tab and `codes` count what Table 1 counts: the accepted copy is not one more passage.
            assertThat(wb.analysis().frequencies()).isEqualTo(frequenciesBefore);
        }
        Path html = dir.resolve("cell.html");
        Cli report = Cli.parallax("report", sample, html, "--scenario", accepted.scenario(), "--frame",
                accepted.frame());
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).startsWith("Report of " + cell + " passage");
        assertThat(Files.readString(html)).contains(LINE);
        Cli consensus = Cli.parallax("report", sample, dir.resolve("consensus.html"), "--coder", "consensus");
        assertThat(consensus.out()).startsWith("Report of 1 passage written");
    }

    private static String total(Cli csv) {
        return csv.out().lines().filter(l -> l.startsWith("Total,")).findFirst().orElseThrow()
                .replaceAll(".*,", "");
    }

    private static int frameCell(Matrix table1, String frame, String scenario) {
        for (int r = 0; r < table1.rows().size(); r++) {
            for (int c = 0; c < table1.columns().size(); c++) {
                if (table1.rows().get(r).label().equals(frame) && table1.columns().get(c).label().equals(scenario)) {
                    return table1.cell(r, c).segments();
                }
            }
        }
        throw new AssertionError("No cell " + frame + " × " + scenario);
    }
}
