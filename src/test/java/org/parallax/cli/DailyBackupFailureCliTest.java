package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * The daily backup taken on opening failed only into the log file: with the backups folder's name taken by a file
 * (or the disk full) a researcher worked for days without a backup and without a word. Now every command that opens
 * the project says so on stderr, and the command itself still runs.
 */
class DailyBackupFailureCliTest {
    @TempDir
    Path dir;

    @Test
    void aDailyBackupThatCannotBeWrittenIsNamedByTheCommandThatOpenedTheProject() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Path folder = project.resolveSibling(project.getFileName() + ".backups");
        Files.writeString(folder, "not a folder");

        Cli docs = Cli.parallax("docs", project);
        Cli backup = Cli.parallax("backup", project);

        assertThat(docs.exit()).isZero();
        assertThat(docs.out()).contains("North Atlantic Treaty");
        assertThat(docs.err().lines().toList()).containsExactly("warning: no daily backup was taken: cannot write a "
                + "backup into " + folder.toAbsolutePath() + " (it is a file, not a folder: move it away)");
        assertThat(backup.exit()).isEqualTo(1);
        assertThat(backup.err()).contains("(it is a file, not a folder: move it away); the project itself is "
                + "unchanged");

        Files.delete(folder);
        Cli again = Cli.parallax("docs", project);
        assertThat(again.err()).isEmpty();
        assertThat(Files.isDirectory(folder)).isTrue();
    }
}
