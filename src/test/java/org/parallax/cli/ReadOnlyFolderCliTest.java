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
 * A project in a folder its user may not write, as a researcher (not an administrator) meets it: a project handed on
 * read-only, a folder of a shared drive. A restore there wrote a "before restore" backup into the writable backups
 * folder and then failed with a line that named only a hidden temporary file; each try left one more backup.
 */
class ReadOnlyFolderCliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ReadOnlyFolders readOnly = new ReadOnlyFolders();

    @Test
    void aRestoreIntoAReadOnlyFolderIsRefusedBeforeAnythingIsWritten() throws Exception {
        Optional<String> user = UnprivilegedUser.name();
        assumeTrue(user.isPresent(), "needs root to run the command line as another user");
        Path folder = Files.createDirectories(dir.resolve("handed-on"));
        Path project = TestProjects.sampleCopy(folder);
        Cli.ok("backup", project);
        byte[] before = Files.readAllBytes(project);
        List<Path> backups = Backups.list(project).stream().map(b -> b.file()).toList();
        assertThat(new ProcessBuilder("chown", "-R", user.get(), folder.toString()).start().waitFor()).isZero();
        readOnly.make(folder);

        Cli restore = UnprivilegedUser.parallax(dir, "restore", project, 1);

        assertThat(restore.exit()).as(restore.err()).isEqualTo(1);
        assertThat(restore.err().lines().filter(line -> !line.startsWith("SLF4J")).toList()).singleElement()
                .isEqualTo("error: sample.parallax: cannot restore into " + folder + ": the folder may not be "
                        + "written (a read-only folder, or another user's); nothing was changed");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(Backups.list(project).stream().map(b -> b.file()).toList()).as("no backup written")
                .isEqualTo(backups);
    }
}
