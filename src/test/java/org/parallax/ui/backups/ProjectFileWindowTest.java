package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Backups;

/** The window refuses non-projects in words, says when a project is read-only, and restores a backup. */
class ProjectFileWindowTest {
    @TempDir
    Path dir;

    @Test
    void openingACsvFileSaysItIsNotAProjectAndLeavesTheOpenProjectAlone() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            Path csv = Files.writeString(dir.resolve("notes.csv"), "a,b\n");
            fixture.main.open(csv);
            assertThat(fixture.dialogs.errors).containsExactly("notes.csv is not a Parallax project");
            assertThat(fixture.main.context().workbench().file()).isEqualTo(fixture.project.toAbsolutePath());
            assertThat(Files.readString(csv)).isEqualTo("a,b\n");
        }
    }

    @Test
    void aReadOnlyProjectShowsTheBannerAndRefusesWritesInWords() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            fixture.main.close();
            Files.setPosixFilePermissions(fixture.project, PosixFilePermissions.fromString("r--r--r--"));
            fixture.main.open(fixture.project);
            assertThat(fixture.main.backups().bannerProperty().get())
                    .isEqualTo("test.parallax is open read-only: the file is read-only (save a copy to work on it). "
                            + "Nothing you do now is saved.");
            AtomicReference<String> refusal = new AtomicReference<>();
            fixture.main.codebook().setFormPresenter(form -> {
                form.nameProperty().set("A new code");
                form.save();
                refusal.set(form.refusalProperty().get());
            });
            fixture.main.codebook().addCode();
            // the form says it in its line under the name, kept open, rather than in a box over it
            assertThat(refusal.get()).contains("test.parallax is open read-only");
            assertThat(fixture.dialogs.errors).isEmpty();
            fixture.main.close();
            Files.setPosixFilePermissions(fixture.project, PosixFilePermissions.fromString("rw-r--r--"));
            assertThat(dir).isDirectoryNotContaining("glob:**.parallax-shm");
        }
    }

    /** File → Restore from backup… said "no backups … yet" with a file where the backups folder should be. */
    @Test
    void restoreFromBackupSaysAFileTakesTheBackupsFolderName() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            fixture.main.close();
            Path folder = fileInPlaceOfTheBackupsFolder(fixture.project);
            fixture.main.open(fixture.project);

            fixture.main.backups().chooseAndRestore();

            assertThat(fixture.dialogs.informations).containsExactly("There are no backups of test.parallax: " + folder
                    + " is a file of 12 bytes, so no backup can be written there or listed from there: move it away "
                    + "(Parallax keeps the backups in a folder of that name).");
            assertThat(fixture.dialogs.errors).isEmpty();
        }
    }

    /** The backups folder replaced by a file while the project is open: a removal that needs a backup first. */
    @Test
    void aBackupsFolderReplacedByAFileWhileOpenStopsARemovalInWordsAndKeepsTheDocuments() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            Path folder = fileInPlaceOfTheBackupsFolder(fixture.project);
            var documents = fixture.main.documents();
            documents.choose(documents.rows());

            documents.removeChosen();

            assertThat(fixture.dialogs.errors).singleElement().asString().contains(folder.toString())
                    .contains("it is a file, not a folder: move it away");
            assertThat(fixture.workbench().documents().list()).hasSize(2);
            assertThat(Files.readString(folder)).isEqualTo("not a folder");
        }
    }

    @Test
    void restoreFromBackupListsDatesAndCountsAndBringsTheBackupBack() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            var wb = fixture.main.context().workbench();
            assertThat(Backups.list(fixture.project)).hasSize(1);
            long notShown = wb.documents().list().get(1).id();
            wb.documents().delete(notShown);
            BackupChoice choice = new BackupChoice(Backups.summarise(Backups.list(fixture.project).get(0)));
            assertThat(choice.toString()).contains("before delete document — 2 documents, 0 passages");
            fixture.dialogs.choiceAnswer = choice.toString();

            fixture.main.backups().chooseAndRestore();

            assertThat(fixture.dialogs.errors).isEmpty();
            assertThat(fixture.main.context().workbench().documents().list()).hasSize(2);
            assertThat(fixture.dialogs.informations).singleElement().asString().startsWith("Restored the backup of");
            // One question, the newest backup chosen at first, Cancel its default: a quick Enter restores nothing.
            assertThat(fixture.dialogs.choices).singleElement().extracting(RecordingDialogs.Choice::preselected)
                    .isEqualTo(choice.toString());
            assertThat(fixture.dialogs.choicesToReplace).containsExactly("Restore from backup");
            assertThat(fixture.dialogs.confirmations).isEmpty();
        }
    }

    /** Removes the project's backups and puts a file of 12 bytes where their folder was. */
    private static Path fileInPlaceOfTheBackupsFolder(Path project) throws Exception {
        Path folder = Backups.folder(project);
        try (var backups = Files.list(folder)) {
            for (Path backup : backups.toList()) {
                Files.delete(backup);
            }
        }
        Files.delete(folder);
        return Files.writeString(folder, "not a folder");
    }
}
