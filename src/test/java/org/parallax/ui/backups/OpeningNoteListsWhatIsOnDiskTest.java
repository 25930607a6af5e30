package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.jdbc.UpgradeChild;
import org.parallax.testutil.Cli;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Backup;
import org.parallax.workbench.Backups;
import org.parallax.workbench.Workbench;

/**
 * The copy an upgrade kept of the file as it was, deleted by hand before the upgrade (stopped midway) was finished:
 * the note said "the copy … is no longer among its backups", then "File → Restore from backup… lists it" in the window
 * and "(parallax restore lists it)" on the command line. What they say of a backup is read from the disk when they
 * say it.
 */
class OpeningNoteListsWhatIsOnDiskTest {
    private static final Path OLDER_SAMPLE = Path.of("src/test/resources/older/sample-schema-3.parallax");

    @TempDir
    Path dir;

    @Test
    void theCommandLineDoesNotSayRestoreListsACopyDeletedByHand() throws Exception {
        Path project = upgradeStoppedWithItsCopyDeleted(dir);

        Cli docs = Cli.parallax("docs", project);

        assertThat(docs.exit()).as(docs.err()).isZero();
        assertThat(docs.err()).contains("note: study.parallax: its upgrade from an older Parallax's format (schema 3) "
                + "was stopped at schema 9, before it finished, and is finished now; the copy kept as it was before the "
                + "upgrade is no longer among its backups in study.parallax.backups\n")
                .doesNotContain("lists it");
    }

    @Test
    void theWindowDoesNotSayRestoreFromBackupListsACopyDeletedByHand() throws Exception {
        Path project = upgradeStoppedWithItsCopyDeleted(dir);

        try (UiFixture fixture = UiFixture.open(project, dir)) {
            BackupsViewModel backups = fixture.main.backups();
            assertThat(backups.openingNoteProperty().get()).startsWith("study.parallax: its upgrade from an older")
                    .contains("is no longer among its backups in study.parallax.backups, in " + dir + ".")
                    .doesNotContain("lists it");
            assertThat(backups.lastReportProperty().get()).contains("is no longer among its backups")
                    .doesNotContain("lists it");
        }
    }

    @Test
    void aCopyDeletedAfterOpeningIsNoLongerSaidToBeListed() throws Exception {
        Path project = Files.copy(OLDER_SAMPLE, dir.resolve("study.parallax"));
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.openingNoteBackupsListed()).isTrue();
            for (Backup backup : Backups.list(project)) {
                Files.delete(backup.file());
            }
            assertThat(wb.openingNoteBackupsListed()).isFalse();
        }
    }

    private static Path upgradeStoppedWithItsCopyDeleted(Path dir) throws Exception {
        Path project = Files.copy(OLDER_SAMPLE, dir.resolve("study.parallax"));
        UpgradeChild.killAfterStep(9, project, dir);
        for (Backup backup : Backups.list(project)) {
            Files.delete(backup.file());
        }
        return project;
    }
}
