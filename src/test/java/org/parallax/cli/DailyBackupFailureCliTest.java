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

    /** `restore` listed "No backups of s.parallax in …/s.parallax.backups" as if none had been taken yet. */
    @Test
    void restoreSaysAFileTakesTheBackupsFolderNameAndWhyNoBackupCanBeListed() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Path folder = project.resolveSibling(project.getFileName() + ".backups");
        Files.writeString(folder, "not a folder");

        Cli list = Cli.parallax("restore", project);
        Cli first = Cli.parallax("restore", project, "1");

        String problem = folder.toAbsolutePath() + " is a file of 12 bytes, so no backup can be written there or "
                + "listed from there: move it away (Parallax keeps the backups in a folder of that name)";
        assertThat(list.exit()).isZero();
        assertThat(list.out().lines().toList()).containsExactly("No backups of " + project.getFileName() + ": "
                + problem);
        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.err().lines().toList()).containsExactly("error: There is no backup number 1 of "
                + project.getFileName() + ": " + problem + "; nothing was changed");
        assertThat(Files.readString(folder)).isEqualTo("not a folder");
    }
}
