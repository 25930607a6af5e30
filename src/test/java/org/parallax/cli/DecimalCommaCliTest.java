package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * A researcher whose language writes eight tenths as 0,8 types it so on the command line too: a prior and the
 * thresholds are the numbers they write, as in the window and in `evidence add --likelihood`.
 */
class DecimalCommaCliTest {
    @TempDir
    Path dir;

    @Test
    void priorsAndThresholdsTypedWithADecimalCommaAreTheNumbersTheyWrite() {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project, "--codebook", "table1").exit()).isZero();

        Cli added = Cli.parallax("hypothesis", "add", project, "--set", "NR", "--name", "H1", "--prior", "0,4");
        assertThat(added.exit()).as(added.err()).isZero();
        Cli edited = Cli.parallax("hypothesis", "edit", project, "--set", "NR", "--name", "H1", "--prior", "0,3");
        assertThat(edited.exit()).as(edited.err()).isZero();
        Cli listed = Cli.parallax("hypotheses", project, "--set", "NR", "--format", "csv");
        assertThat(listed.out()).contains("H1,0.3");

        Cli thresholds = Cli.parallax("tracing", "thresholds", project, "--certainty", "0,9", "--uniqueness", "0,1");
        assertThat(thresholds.exit()).as(thresholds.err()).isZero();
        assertThat(Cli.parallax("tracing", "thresholds", project).out()).contains("certainty 0.9", "uniqueness 0.1");

        Cli wrong = Cli.parallax("hypothesis", "edit", project, "--set", "NR", "--name", "H1", "--prior", "0,4,5");
        assertThat(wrong.exit()).isNotZero();
        assertThat(wrong.err()).contains("'0,4,5' is not a number").doesNotContain("Exception");
    }
}
