package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * `agreement` says whose coding it compared and why a κ of 0 can stand beside 99 % agreement: without --coders it
 * refused with picocli's "Missing required option", naming no coder of the project, and a code one coder never used
 * showed κ 0.0 unexplained, which read as a fault of the program.
 */
class AgreementSaysWhomAndWhyCliTest {
    @TempDir
    Path dir;

    @Test
    void withoutCodersItComparesTheTwoWithTheMostPassagesAndNamesEveryCoder() {
        Path sample = TestProjects.sampleCopy(dir);

        Cli agreement = Cli.parallax("agreement", sample);

        assertThat(agreement.exit()).as(agreement.err()).isZero();
        assertThat(agreement.out()).contains("kappa", "3 of 15 documents compared")
                .containsPattern("Compared analyst and second-coder, the two coders with (the most )?passages "
                        + "\\(analyst \\d+ passages, second-coder \\d+ passages.*\\); to compare others: --coders A,B");
        assertThat(agreement.out()).isEqualTo(Cli.parallax("agreement", sample, "--coders", "analyst,second-coder")
                .out() + agreement.out().lines().reduce((a, b) -> b).orElseThrow() + "\n");
        // a CSV stays a CSV: the choice goes to standard error
        Cli csv = Cli.parallax("agreement", sample, "--format", "csv");
        assertThat(csv.out()).doesNotContain("Compared");
        assertThat(csv.err()).contains("Compared analyst and second-coder");
    }

    @Test
    void withFewerThanTwoCodersWhoCodedItNamesThemInOneLine() {
        Path project = dir.resolve("alone.parallax");
        Cli.ok("new", project, "--codebook", "table1");
        Path text = TestProjects.textFile(dir, "note.txt", "NATO and Russia met in Rome to found a new council.\n");
        Cli.ok("import", project, text);
        Cli.ok("code", project, "--doc", 1, "--start", 0, "--end", 4, "--code", "Balance of power", "--coder", "ann");

        Cli agreement = Cli.parallax("agreement", project);

        assertThat(agreement.exit()).isNotZero();
        assertThat(agreement.err().strip()).doesNotContain("\n", "Missing required option")
                .contains("alone.parallax", "only ann has any", "ann 1 passage", "parallax merge");
    }

    @Test
    void aKappaOfZeroBesideHighAgreementSaysTheOtherCoderNeverAppliedTheCode() {
        Path project = dir.resolve("two.parallax");
        Cli.ok("new", project, "--codebook", "table1");
        Path text = TestProjects.textFile(dir, "note.txt", "NATO and Russia met in Rome to found a new council. "
                .repeat(20) + "\n");
        Cli.ok("import", project, text);
        Cli.ok("code", project, "--doc", 1, "--start", 0, "--end", 4, "--code", "Balance of power", "--coder", "ann");
        Cli.ok("code", project, "--doc", 1, "--start", 0, "--end", 4, "--code", "Balance of power", "--coder", "bo");
        Cli.ok("code", project, "--doc", 1, "--start", 9, "--end", 15, "--code", "Convergence of norms", "--coder", "ann");

        Cli agreement = Cli.parallax("agreement", project, "--coders", "ann,bo");

        assertThat(agreement.exit()).as(agreement.err()).isZero();
        assertThat(agreement.out()).contains("κ 0 for Convergence of norms: bo never applied this code in the document "
                + "compared (ann did), so the 99.4 % agreement on it is all text neither of them coded, which chance "
                + "alone gives; κ counts only agreement beyond chance");
        assertThat(agreement.out()).doesNotContain("κ 0 for Balance of power");
    }
}
