package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.ReadOnlyFolders;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Backup;
import org.parallax.workbench.Backups;

/**
 * A project that may not be written (a read-only file, a folder on read-only media) with its backups folder writable:
 * {@code backup} refused it ("… is open read-only (the file is read-only …); copy the file itself to keep it"), though
 * reading is all a backup needs. It is backed up now, the project left as it was, nothing written beside it.
 */
class ReadOnlyProjectBackupCliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ReadOnlyFolders readOnly = new ReadOnlyFolders();

    @Test
    void aReadOnlyFileIsBackedUpIntoItsWritableBackupsFolder() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("r--r--r--"));

        assertBackedUpAsItIs(project);
    }

    @Test
    void aProjectInAReadOnlyFolderIsBackedUpIntoItsWritableBackupsFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("on a CD"));
        Path project = TestProjects.sampleCopy(folder);
        Files.createDirectories(Backups.folder(project));
        readOnly.make(folder);

        assertBackedUpAsItIs(project);
    }

    private static void assertBackedUpAsItIs(Path project) throws Exception {
        byte[] before = Files.readAllBytes(project);
        List<Path> beside = besideTheProject(project);

        Cli backup = Cli.parallax("backup", project);

        assertThat(backup.exit()).as(backup.err()).isZero();
        List<Backup> backups = Backups.list(project);
        assertThat(backups).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo("manual");
            assertThat(Backups.verified(b).sound()).as(Backups.verified(b).problem()).isTrue();
            assertThat(Backups.summarise(b).documents()).isPositive();
        });
        assertThat(backup.out().strip()).isEqualTo("Backup written to " + backups.get(0).file());
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(besideTheProject(project)).isEqualTo(beside);
    }

    private static List<Path> besideTheProject(Path project) throws Exception {
        try (var files = Files.list(project.getParent())) {
            return files.filter(file -> !file.equals(Backups.folder(project))).sorted().toList();
        }
    }
}
