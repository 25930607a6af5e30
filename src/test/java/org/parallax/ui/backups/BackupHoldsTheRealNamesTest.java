package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;

/**
 * A backup is the whole project, real names included, whatever the exports pseudonymise (docs/backups.md); the line
 * naming a backup taken with File → Back up now or `parallax backup` said only where it went, so a researcher who
 * pseudonymises every export could take it for a copy to send. While the project hides names it now says what the
 * backup holds and what to send instead; a project hiding none is told only where its backup went.
 */
class BackupHoldsTheRealNamesTest {
    @TempDir
    Path dir;

    @Test
    void theLineNamingABackupSaysItHoldsTheNamesThePseudonymisedExportsReplace() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            BackupsViewModel backups = fixture.main.backups();
            backups.backUpNow();
            assertThat(backups.lastReportProperty().get()).startsWith("Backup written to ").doesNotContain("names");

            Workbench wb = fixture.workbench();
            wb.exchange().markSensitive("speaker");
            wb.setActiveCoder("maria-kowalski");
            wb.pseudonymiseCoders(true);
            backups.backUpNow();

            assertThat(backups.lastReportProperty().get()).startsWith("Backup written to ").endsWith(".parallax; like "
                    + "the project, it holds the real names that pseudonymised exports replace (the values of speaker "
                    + "and the coders' names): to hand the project on, send a pseudonymised export (File → Export → "
                    + "REFI-QDA project, pseudonymised), never a backup");
        }

        Cli backup = Cli.ok("backup", dir.resolve("test.parallax"));

        assertThat(backup.out().strip()).startsWith("Backup written to ").endsWith(".parallax");
        assertThat(backup.err()).contains("note: like the project, it holds the real names that pseudonymised exports "
                + "replace (the values of speaker and the coders' names): to hand the project on, send a pseudonymised "
                + "export (parallax export qdpx " + dir.resolve("test.parallax") + " OUT.qdpx --pseudonymise), never a "
                + "backup");
    }
}
