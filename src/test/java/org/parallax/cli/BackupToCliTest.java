package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.ProjectRows;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Backup;
import org.parallax.workbench.Backups;
import org.parallax.workbench.Workbench;

/**
 * `parallax backup PROJECT --to FILE`: a copy of the project to a place of the user's choosing (another disk, a USB
 * stick), which only the window's File → Save a copy… could write ("Unknown option: '--to'"). It is a consistent copy
 * that opens as a project of its own with the same coding, written whole or not at all, and never replaces a file.
 */
class BackupToCliTest {
    @TempDir
    Path dir;

    @Test
    void theCopyOpensAndHoldsWhatTheProjectHolds() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("project")));
        Path copy = Files.createDirectories(dir.resolve("USB stick")).resolve("тезис copy.parallax");

        Cli backup = Cli.parallax("backup", project, "--to", copy);

        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).isEqualTo("Copy written to " + copy + System.lineSeparator());
        assertThat(Backups.list(project)).extracting(Backup::reason).as("the copy is none of the project's backups")
                .doesNotContain("manual");
        assertThat(copy.resolveSibling("тезис copy.parallax.backups")).doesNotExist();
        Cli check = Cli.parallax("check", copy);
        assertThat(check.out()).as(check.err()).contains("no problems found (15 documents");
        assertThat(check.exit()).isZero();
        try (Workbench original = Workbench.open(project); Workbench copied = Workbench.open(copy)) {
            assertThat(ProjectRows.of(copied)).isEqualTo(ProjectRows.of(original));
            assertThat(copied.coding().segments()).hasSize(71);
        }
    }

    @Test
    void anExistingFileIsNeverReplacedAndAMissingFolderIsNamed() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("project")));
        Path taken = Files.writeString(dir.resolve("thesis.parallax"), "the researcher's own file");

        Cli over = Cli.parallax("backup", project, "--to", taken);
        Cli nowhere = Cli.parallax("backup", project, "--to", dir.resolve("no such folder").resolve("copy.parallax"));

        assertThat(over.exit()).isEqualTo(1);
        assertThat(over.err().lines().toList()).containsExactly(
                "error: thesis.parallax: already exists (choose another name)");
        assertThat(Files.readString(taken)).isEqualTo("the researcher's own file");
        assertThat(nowhere.exit()).isEqualTo(1);
        assertThat(nowhere.err().lines().toList()).containsExactly("error: copy.parallax: cannot save the copy: the "
                + "folder " + dir.resolve("no such folder") + " does not exist (nothing was written)");
        assertThat(dir.resolve("no such folder")).doesNotExist();
    }
}
