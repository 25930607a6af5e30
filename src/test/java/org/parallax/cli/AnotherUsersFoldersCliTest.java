package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.ReadOnlyFolders;
import org.parallax.testutil.TestProjects;
import org.parallax.testutil.UnprivilegedUser;
import org.parallax.workbench.Backups;

/**
 * Commands run by a researcher (not an administrator) on folders that another user made: a project's backups folder
 * left by a colleague on a shared drive, and the folder Excel exports write their sheets through, which the first
 * user of the computer to export made in the temporary folder for all.
 */
class AnotherUsersFoldersCliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ReadOnlyFolders readOnly = new ReadOnlyFolders();

    @Test
    void aBackupIntoABackupsFolderThatMayNotBeWrittenSaysSoInOneLine() throws Exception {
        String user = unprivileged();
        Path folder = Files.createDirectories(dir.resolve("shared"));
        Path project = TestProjects.sampleCopy(folder);
        Cli.ok("backup", project);
        List<Path> backups = Backups.list(project).stream().map(b -> b.file()).toList();
        assertThat(new ProcessBuilder("chown", "-R", user, folder.toString()).start().waitFor()).isZero();
        assertThat(new ProcessBuilder("chown", "-R", "root", Backups.folder(project).toString()).start().waitFor())
                .isZero();
        byte[] before = Files.readAllBytes(project);

        Cli backup = UnprivilegedUser.parallax(dir, "backup", project);

        assertThat(backup.exit()).as(backup.err()).isEqualTo(1);
        assertThat(backup.err().lines().filter(line -> !line.startsWith("SLF4J")).toList()).singleElement()
                .isEqualTo("error: cannot write a backup into " + Backups.folder(project) + " (it may not be written: "
                        + "allow writing to it); the project itself is unchanged");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(Backups.list(project).stream().map(b -> b.file()).toList()).isEqualTo(backups);
    }

    @Test
    void aWorkbookIsWrittenThoughAnotherUserMadeTheSheetsFolderInTheTemporaryFolder() throws Exception {
        String user = unprivileged();
        Path folder = Files.createDirectories(dir.resolve("mine"));
        Path project = TestProjects.sampleCopy(folder);
        assertThat(new ProcessBuilder("chown", "-R", user, folder.toString()).start().waitFor()).isZero();
        // as root made it, exporting first on this computer
        Files.createDirectories(UnprivilegedUser.temporaryFolder(dir).resolve("poifiles"));
        Path workbook = folder.resolve("coding.xlsx");

        Cli export = UnprivilegedUser.parallax(dir, "export", "xlsx", project, workbook);

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.err()).doesNotContain("Exception");
        assertThat(workbook).isNotEmptyFile();
    }

    private static String unprivileged() throws Exception {
        Optional<String> user = UnprivilegedUser.name();
        assumeTrue(user.isPresent(), "needs root to run the command line as another user");
        return user.get();
    }
}
