package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * A frame's name given where a code is asked for (`code --code Realism`, a researcher coding "as Realism") was called
 * an unknown code, which the frame shown in `codes` contradicts; it is said to be a frame, with its codes to choose.
 */
class FrameGivenForACodeCliTest {
    private static final String REALISM = "'Realism' is a frame, not a code: give one of its codes, "
            + "'Balance of power', 'Perception of threatening behavior' or "
            + "'Actions that are threatening to vital interests of either party'";
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void project() {
        project = TestProjects.table1WithOneText(dir, "study.parallax", "act.txt",
                "NATO and Russia build a council.\n");
    }

    @Test
    void codingWithAFramesNameSaysItIsAFrameAndNamesItsCodes() {
        assertThat(refused("code", project, "--doc", 1, "--start", 0, "--end", 4, "--code", "Realism"))
                .isEqualTo("error: " + REALISM);
        assertThat(refused("code", project, "--doc", 1, "--start", 0, "--end", 4, "--code", "realism"))
                .as("ignoring case, as codes are found").isEqualTo("error: " + REALISM);
        assertThat(Cli.ok("segments", project).out()).doesNotContain("Balance of power");
    }

    @Test
    void everyCommandThatTakesCodesByNameSaysTheSame() {
        assertThat(refused("cooccurrence", project, "--code", "Realism")).isEqualTo("error: " + REALISM);
        assertThat(refused("segments", project, "--code", "Realism")).isEqualTo("error: " + REALISM);
    }

    /**
     * The search filter `code:Realism` was "There is no code named 'Realism' … code names must be written exactly as
     * in the codebook", though a code's name in another case is found: it says what the name is, as `--code` does.
     */
    @Test
    void theSearchCodeFilterSaysAFramesNameIsAFrameAndFindsACodeInAnyCase() {
        Cli.ok("code", project, "--doc", 1, "--start", 0, "--end", 15, "--code", "Balance of power");
        assertThat(refused("search", project, "NATO code:Realism")).isEqualTo("error: code:\"Realism\": " + REALISM);
        assertThat(refused("search", project, "code:REALISM")).isEqualTo("error: code:\"REALISM\": " + REALISM);
        assertThat(refused("search", project, "NATO code:\"Balance of pover\""))
                .isEqualTo("error: code:\"Balance of pover\": Unknown code 'Balance of pover'; did you mean "
                        + "'Balance of power'? (the codes command lists the project's codes)");
        assertThat(Cli.ok("search", project, "NATO code:\"balance OF power\"").out().strip())
                .endsWith("1 hit in 1 document");
    }

    @Test
    void aFrameWithoutCodesSaysSo() {
        try (Workbench wb = Workbench.open(project)) {
            wb.codebook().addFrame("Liberalism", null, null);
        }
        assertThat(refused("code", project, "--doc", 1, "--start", 0, "--end", 4, "--code", "Liberalism"))
                .isEqualTo("error: 'Liberalism' is a frame, not a code: it has no codes yet (the codes command lists "
                        + "the project's codes)");
    }

    private static String refused(Object... args) {
        Cli run = Cli.parallax(args);
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        return run.err().strip();
    }
}
