package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Counted;
import org.parallax.ui.RecordingDialogs.Choice;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Backup;
import org.parallax.workbench.Backups;
import org.parallax.workbench.Workbench;

/**
 * File → Restore from backup… opened its list with nothing chosen and OK greyed, and after the restore the status bar
 * still said "Backup written to …" from the backup taken before it. The newest backup that can be read is chosen at
 * first, and the status bar says what the restore did.
 */
class RestoreOffersTheNewestBackupTest {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss.SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theNewestSoundBackupIsChosenAtFirstAndTheStatusBarSaysWhatTheRestoreDid() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            Workbench wb = fixture.workbench();
            int documents = wb.documents().list().size();
            fixture.main.backups().backUpNow();
            assertThat(fixture.main.status().lastResultProperty().get()).startsWith("Backup written to ");
            Thread.sleep(5);
            wb.documents().delete(List.of(wb.documents().list().get(0).id()));
            Backup newest = wb.backups().take("manual");
            // A newer file in the folder that is no project (cut short by a full disk): listed, but not offered.
            Path unreadable = Backups.folder(fixture.project).resolve(STAMP.format(Instant.now().plusMillis(5))
                    + "_manual.parallax");
            Thread.sleep(10);
            Files.writeString(unreadable, "not a project");
            String newestShown = new BackupChoice(Backups.summarise(newest)).toString();
            fixture.dialogs.choiceAnswer = newestShown;

            fixture.main.backups().chooseAndRestore();

            Choice asked = fixture.dialogs.choices.get(0);
            assertThat(asked.options()).hasSizeGreaterThan(2);
            assertThat(asked.options().get(0)).contains("cannot be read");
            assertThat(asked.preselected()).isEqualTo(newestShown);
            assertThat(fixture.dialogs.choicesToReplace).as("Cancel the default: Enter replaces nothing")
                    .containsExactly("Restore from backup");
            assertThat(fixture.dialogs.errors).isEmpty();
            assertThat(fixture.workbench().documents().list()).hasSize(documents - 1);
            Backup kept = Backups.list(fixture.project).stream().filter(b -> b.reason().contains("before restore"))
                    .findFirst().orElseThrow();
            assertThat(fixture.main.status().lastResultProperty().get()).isEqualTo("Restored the backup of "
                    + new BackupChoice(Backups.summarise(newest)).when() + " (" + Counted.of(documents - 1, "document")
                    + ", " + Counted.of(fixture.workbench().passageCount(), "passage")
                    + "); the state before it is kept as " + kept.file());
        }
    }
}
