package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Backups;
import org.parallax.workbench.Workbench;

/**
 * The read-only banner offered the newest sound backup, "Restore the backup of …", whatever made the project
 * read-only: a project another program was writing (restoring over it would lose what that program writes, and is
 * refused while it has the file open) or a read-only file (whole, and refused too). A backup is offered for damage
 * only; "Save a copy…" only where a copy is the way to work on the project.
 */
class ReadOnlyCauseBannerTest {
    @TempDir
    Path dir;

    @Test
    void aReadOnlyFileIsOfferedACopyNotABackup() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            fixture.main.close();
            assertThat(Backups.list(fixture.project)).isNotEmpty();
            Files.setPosixFilePermissions(fixture.project, PosixFilePermissions.fromString("r--r--r--"));
            fixture.main.open(fixture.project);

            BackupsViewModel banner = fixture.main.backups();
            assertThat(banner.bannerProperty().get()).isEqualTo("test.parallax is open read-only: the file is "
                    + "read-only (save a copy to work on it). Nothing you do now is saved.");
            assertThat(banner.offerProperty().get()).as("no backup offered").isNull();
            assertThat(banner.copyOfferedProperty().get()).isTrue();
            fixture.main.close();
            Files.setPosixFilePermissions(fixture.project, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aProjectAnotherProgramWasWritingIsOfferedNeitherABackupNorACopy() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            fixture.main.close();
            assertThat(Backups.list(fixture.project)).isNotEmpty();
            fixture.main.context().setWorkbench(Workbench.openWhileWrittenElsewhere(fixture.project));

            BackupsViewModel banner = fixture.main.backups();
            assertThat(banner.bannerProperty().get()).startsWith("test.parallax is open read-only: another program")
                    .contains("once that program has finished");
            assertThat(banner.offerProperty().get()).as("no backup offered").isNull();
            assertThat(banner.copyOfferedProperty().get()).isFalse();
        }
    }
}
