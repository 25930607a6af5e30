package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.UiFixture;
import org.parallax.ui.app.MainViewModel;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.QueuedTasks;
import org.parallax.workbench.Workbench;

/**
 * A folder of 10,000 short notes imported in the window and cancelled half-way: the window's thread only queues the
 * import, the project keeps a whole set of documents, each one whole, and the summary said "4,812 documents imported
 * before cancel", not that the other files were not imported, nor how many.
 */
class ImportCancelledHalfWayTest {
    private static final int FILES = 10_000;

    @TempDir
    Path dir;

    @Test
    void cancellingHalfWayKeepsWholeDocumentsAndSaysHowManyFilesWereNotImported() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("field notes"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve(String.format("note-%05d.txt", i)), note(i));
        }
        Path project = UiFixture.createProject(dir);
        QueuedTasks tasks = new QueuedTasks();
        RecordingDialogs dialogs = new RecordingDialogs();
        MainViewModel main = new MainViewModel(new ProjectContext(tasks, dialogs),
                new SettingsFile(dir.resolve("settings.json")));
        try {
            tasks.drain();
            main.open(project);
            tasks.drain();
            Workbench wb = main.context().workbench();
            int before = wb.documents().list().size();
            ImportViewModel importer = main.importer();
            importer.progressProperty().addListener((o, was, now) -> {
                if (now.doubleValue() >= 0.5) {
                    importer.cancel();
                }
            });

            importer.importFiles(List.of(folder));

            assertThat(importer.runningProperty().get()).as("the window's thread only queued the import").isTrue();
            assertThat(wb.documents().list()).hasSize(before);
            tasks.drain();

            assertThat(dialogs.confirmations).containsExactly("10,000 documents are in the folder chosen and its "
                    + "subfolders. Import them all?");
            List<Document> imported = wb.documents().list().stream()
                    .filter(d -> d.sourceFile() != null && d.sourceFile().contains("note-")).toList();
            assertThat(imported.size()).isBetween(FILES / 2 - 100, FILES - 1);
            for (Document d : imported) {
                int number = Integer.parseInt(d.sourceFile().replaceAll(".*note-(\\d+)\\.txt$", "$1"));
                assertThat(wb.documents().text(d.id())).isEqualTo(note(number));
            }
            int left = FILES - imported.size();
            assertThat(importer.lastReportProperty().get()).isEqualTo(String.format(
                    "%,d documents imported; the import was cancelled and the other %,d files were not imported",
                    imported.size(), left));
            assertThat(importer.runningProperty().get()).isFalse();
        } finally {
            main.close();
            tasks.drain();
        }
    }

    private static String note(int i) {
        return "Note " + i + " from the field: the delegation met the border guards at post " + i + " at dawn.";
    }
}
