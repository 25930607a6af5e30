package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * A student who made a project with `parallax new P`, as the command's name suggests, got an empty codebook (the
 * window's New project offers the study's Table 1 template, the command line does not unless asked), and nothing said
 * so: `code … --code "Balance of power"` then answered "Unknown code … (the codes command lists the project's codes)"
 * and `codes` listed none. `new` now says the project has no codes yet and gives the command that adds the study's, and
 * a code named in a project without codes says the same.
 */
class NewProjectWithoutCodesCliTest {
    @TempDir
    Path dir;

    @Test
    void aProjectMadeWithoutACodebookSaysItHasNoCodesAndHowToAddTheStudys() {
        Path project = dir.resolve("thesis.parallax");

        Cli made = Cli.ok("new", project);

        assertThat(made.out()).contains("No codes yet: parallax codebook import " + project + " table1 adds the "
                + "study's Table 1 codebook");
        Cli.ok("codebook", "import", project, "table1");
        assertThat(Cli.ok("codes", project, "--format", "csv").out()).contains("Balance of power");
    }

    @Test
    void aProjectMadeWithACodebookSaysNothingOfMissingCodes() {
        Cli made = Cli.ok("new", dir.resolve("study.parallax"), "--codebook", "table1");

        assertThat(made.out()).doesNotContain("No codes yet");
    }

    @Test
    void aPathWithASpaceIsGivenQuotedSoTheCommandCanBePasted() {
        Path project = dir.resolve("my thesis.parallax");

        Cli made = Cli.ok("new", project);

        assertThat(made.out()).contains("parallax codebook import '" + project + "' table1");
    }

    @Test
    void codingInAProjectWithoutCodesSaysSoAndHowToAddThem() throws Exception {
        Path project = dir.resolve("thesis.parallax");
        Cli.ok("new", project);
        Path text = Files.writeString(dir.resolve("declaration.txt"), "The Alliance remains open to new members.");
        Cli.ok("import", project, text);

        Cli coded = Cli.parallax("code", project, "--doc", "1", "--start", "4", "--end", "12", "--code",
                "Balance of power");

        assertThat(coded.exit()).isNotZero();
        assertThat(coded.err().strip()).hasLineCount(1).contains("Balance of power").contains("no codes yet")
                .contains("parallax codebook import PROJECT table1");
    }
}
