package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.FileCounts;
import org.parallax.testutil.TestProjects;

/**
 * A command that wrote to the project leaves, as it closes it, the packed copy of every document's passages that the
 * next opening would otherwise read row by row (docs/decisions/0034); a command that only reads writes nothing.
 */
class PassagesPackedOnCloseCliTest {
    @TempDir
    Path dir;

    @Test
    void aCommandThatCodesLeavesEveryDocumentsPassagesPackedAndOneThatReadsWritesNoPack() {
        Path project = TestProjects.sampleCopy(dir);
        assertThat(FileCounts.packs(project)).as("the sample as shipped").isZero();
        assertThat(FileCounts.documentsWithPassages(project)).isGreaterThan(2);

        Cli.ok("tally", project);
        Cli.ok("docs", project);
        assertThat(FileCounts.packs(project)).as("after commands that only read").isZero();

        Cli.ok("code", project, "--doc", 1, "--start", 0, "--end", 4, "--code", "Balance of power");
        assertThat(FileCounts.packs(project)).as("after a command that coded")
                .isEqualTo(FileCounts.documentsWithPassages(project));
        // check compares every pack with its document's rows, byte for byte.
        assertThat(Cli.ok("check", project).out()).contains("no problems found");
    }
}
