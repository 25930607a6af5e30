package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * A document or passage id the project does not hold is refused in one line naming the project and the command that
 * lists what it holds, written out to run, whichever command was given the id.
 */
class MissingItemNamesItsListingCliTest {
    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void project() {
        project = TestProjects.table1WithOneText(dir, "study.parallax", "act.txt",
                "NATO and Russia build a council together.\n");
        assertThat(Cli.parallax("code", project, "--doc", 1, "--start", 0, "--end", 4, "--code", "Balance of power")
                .exit()).isZero();
    }

    @Test
    void aMissingDocumentNamesTheProjectAndTheDocsCommand() {
        String line = "error: study.parallax: no document with id 999 (see: parallax docs " + project + ")";
        assertThat(refused("segments", project, "--doc", 999)).isEqualTo(line);
        assertThat(refused("memo", project, "--doc", 999, "--text", "x")).isEqualTo(line);
        assertThat(refused("code", project, "--doc", 999, "--start", 0, "--end", 4, "--code", "Balance of power"))
                .isEqualTo(line);
    }

    @Test
    void aMissingPassageNamesTheProjectAndTheSegmentsCommand() {
        String line = "error: study.parallax: no passage with id 99999 (see: parallax segments " + project + ")";
        assertThat(refused("uncode", project, "--segment", 99999)).isEqualTo(line);
        assertThat(refused("memo", project, "--segment", 99999, "--text", "x")).isEqualTo(line);
    }

    private static String refused(Object... args) {
        Cli run = Cli.parallax(args);
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        return run.err().strip();
    }
}
