package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * `frame:Realism` in a search narrows the hits to the passages coded with any of the frame's codes, as `code:` does to
 * one code's: a researcher asking where the realist reading of a text lies had to run one search per code and add
 * them up, and `frame:` was refused as an unknown field.
 */
class FrameSearchCliTest {
    private static final String TEXT = "NATO weighs the balance. NATO seeks a common language. NATO sees a threat.\n";
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void codedProject() {
        project = TestProjects.table1WithOneText(dir, "study.parallax", "act.txt", TEXT);
        code("NATO weighs the balance.", "Balance of power");
        code("NATO seeks a common language.", "Seeking a common language and community");
        code("NATO sees a threat.", "Perception of threatening behavior");
    }

    private void code(String sentence, String code) {
        int start = TEXT.indexOf(sentence);
        Cli.ok("code", project, "--doc", 1, "--start", start, "--end", start + sentence.length(), "--code", code);
    }

    @Test
    void aFramesFilterKeepsTheHitsInPassagesOfAnyOfItsCodes() {
        Cli realist = Cli.ok("search", project, "NATO frame:Realism", "--format", "csv");

        assertThat(realist.out().lines().skip(1).map(l -> l.split(",")[4]))
                .containsExactly(String.valueOf(TEXT.indexOf("NATO weighs")), String.valueOf(TEXT.indexOf("NATO sees")));
        assertThat(Cli.ok("search", project, "NATO frame:realism").out().strip()).endsWith("2 hits in 1 document");
        assertThat(Cli.ok("search", project, "NATO frame:Constructivism").out().strip())
                .endsWith("1 hit in 1 document");
        assertThat(Cli.ok("search", project, "NATO frame:Realism frame:Constructivism").out().strip())
                .isEqualTo("No passage matched 'NATO frame:Realism frame:Constructivism'");
    }

    @Test
    void aFrameAloneListsThePassagesOfItsCodes() {
        assertThat(Cli.ok("search", project, "frame:Realism", "--context", 0).out()).contains("NATO weighs the balance.")
                .contains("NATO sees a threat.").doesNotContain("NATO seeks");
    }

    @Test
    void aNameThatIsNoFramesSaysWhatItIs() {
        assertThat(refused("search", project, "NATO frame:\"Balance of power\"")).isEqualTo("error: frame:\"Balance of "
                + "power\": 'Balance of power' is a code, not a frame: search its passages with code:\"Balance of power\"");
        assertThat(refused("search", project, "NATO frame:Idealism")).isEqualTo("error: frame:\"Idealism\": Unknown "
                + "frame 'Idealism': the project's frames are 'Realism', 'Constructivism'");
        assertThat(refused("search", project, "NATO OR frame:Realism")).startsWith("error: frame:\"Realism\" at position")
                .contains("can only be combined with AND");
    }

    private static String refused(Object... args) {
        Cli run = Cli.parallax(args);
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        return run.err().strip();
    }
}
