package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.DamagedPages;
import org.parallax.testutil.TestProjects;

/**
 * A backup is offered and restored only when it is whole. Damage SQLite's quick check cannot see (a flipped bit in an
 * index page: the index no longer matches its table) or that lies in the file's header passed as sound: the backup was
 * restored over a sound project, and `check` then found 36 problems in it.
 */
class DamagedBackupsTest {
    @TempDir
    Path dir;

    @Test
    void aBackupWithADamagedIndexPageIsNeitherRestoredNorOfferedAsTheNewestSound() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Backup older;
        Backup newest;
        try (Workbench wb = Workbench.open(project)) {
            older = wb.backups().take("daily");
            newest = wb.backups().take("manual");
        }
        DamagedPages.flipIndexEntry(newest.file(), "segments_by_code");
        byte[] before = Files.readAllBytes(project);

        assertThatThrownBy(() -> Restore.restore(project, newest)).hasMessageContaining("cannot be restored")
                .hasMessageContaining("segments_by_code");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
        assertThat(Backups.newestSound(project)).map(BackupSummary::backup).contains(older);
    }

    @Test
    void aBackupWhoseHeaderHoldsAWriteVersionSqliteNeverWritesIsNotRestored() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Backup backup;
        try (Workbench wb = Workbench.open(project)) {
            backup = wb.backups().take("manual");
        }
        try (RandomAccessFile file = new RandomAccessFile(backup.file().toFile(), "rw")) {
            file.seek(18);
            file.write(3);
        }
        byte[] before = Files.readAllBytes(project);

        assertThatThrownBy(() -> Restore.restore(project, backup)).hasMessageContaining("cannot be restored")
                .hasMessageContaining("write version 3");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }
}
