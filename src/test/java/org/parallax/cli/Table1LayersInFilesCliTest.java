package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.ConsensusFixture;
import org.parallax.testutil.TestProjects;

/**
 * Table 1 written with `export csv --matrix` counted every coder's own layer (ADR 0019) with no way to count one, and
 * said nothing of it: a passage both coders coded stood as "3 (2)" in the file while `tally --coder` and the Table 1 tab
 * could show one coder's reading. `--coder` chooses the layers as tally's does, and the line after the file names the
 * layers counted.
 */
class Table1LayersInFilesCliTest {
    @TempDir
    Path dir;

    @Test
    void table1CsvCountsTheLayersChosenAndSaysWhichAsTallyDoes() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        ConsensusFixture.acceptA(project);
        Path all = dir.resolve("all.csv");
        Path second = dir.resolve("second.csv");

        Cli every = Cli.ok("export", "csv", project, dir.resolve("p.csv"), "--matrix", all);
        Cli one = Cli.ok("export", "csv", project, dir.resolve("p.csv"), "--matrix", second, "--coder",
                "second-coder");

        assertThat(every.out()).contains("Table 1 written to " + all + ". Counting analyst and second-coder, not "
                + "consensus: a passage coded by both counts once for each.");
        assertThat(one.out()).contains("Table 1 written to " + second + ". Counting second-coder only, not analyst "
                + "or consensus.");
        String tallied = total(Cli.ok("tally", project, "--coder", "second-coder", "--format", "csv").out());
        java.util.List<String> lines = Files.readAllLines(second);
        int column = java.util.Arrays.asList(lines.get(0).split(",")).indexOf("Total passages");
        assertThat(lines.stream().filter(l -> l.startsWith("Total,")).findFirst().orElseThrow().split(",")[column])
                .isEqualTo(tallied);
        assertThat(Files.readString(all)).isNotEqualTo(Files.readString(second));
    }

    private static String total(String csv) {
        return csv.lines().filter(l -> l.startsWith("Total,")).findFirst().orElseThrow().replaceAll(".*,", "");
    }
}
