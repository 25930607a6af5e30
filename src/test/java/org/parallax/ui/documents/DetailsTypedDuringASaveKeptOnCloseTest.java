package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.UiFixture;
import org.parallax.ui.app.MainViewModel;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.QueuedTasks;
import org.parallax.workbench.Workbench;

/**
 * The Details form's edits saved as the project closes, as a memo's are: the form goes with the project, so what it
 * held must be in the file or quoted in the refusal. The background thread is held (the saves queued, not yet run) to
 * stand for a save in flight.
 */
class DetailsTypedDuringASaveKeptOnCloseTest {
    @TempDir
    Path dir;
    private Path project;
    private final QueuedTasks tasks = new QueuedTasks();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private MainViewModel main;
    private Document first;

    @BeforeEach
    void openTheFirstDocument() {
        project = UiFixture.createProject(dir);
        main = new MainViewModel(new ProjectContext(tasks, dialogs), new SettingsFile(dir.resolve("settings.json")));
        main.open(project);
        tasks.drain();
        first = main.context().workbench().documents().list().get(0);
        main.documents().select(first.id());
        tasks.drain();
    }

    private DocumentMeta stored() {
        try (Workbench again = Workbench.openReadOnly(project)) {
            return again.documents().require(first.id()).meta();
        }
    }

    /**
     * Save details, more typed while that save was still being written, then the project closed: the second save was
     * made over the document as the form showed it before the first, and refused as changed since, by the
     * researcher's own save; the attribute typed last was lost.
     */
    @Test
    void detailsTypedWhileTheirSaveRunsAreInTheFileAfterTheProjectCloses() {
        main.metadata().titleProperty().set("Readout of 24 June");
        main.metadata().save();  // its save queued: in flight
        main.metadata().attributesProperty().set("interviewee = E3");
        main.close();
        tasks.drain();

        assertThat(dialogs.errors).isEmpty();
        assertThat(stored().title()).isEqualTo("Readout of 24 June");
        assertThat(stored().attributes()).isEqualTo(Map.of("interviewee", "E3"));
    }

    /**
     * Details refused as the project closed (another program changed the document meanwhile): the box said so, and
     * what the form held was gone with it, not said anywhere.
     */
    @Test
    void detailsRefusedAsTheProjectClosesAreQuotedInTheRefusal() {
        main.metadata().attributesProperty().set("interviewee = E3");
        main.metadata().actorProperty().set("Russia");
        try (Workbench other = Workbench.open(project)) {
            other.documents().updateMeta(first.id(), other.documents().require(first.id()).meta().withLanguage("ru"));
        }
        main.close();
        tasks.drain();

        assertThat(stored().attributes()).doesNotContainKey("interviewee");
        assertThat(dialogs.errors).singleElement().asString().contains("was changed by ")
                .endsWith("The project closed with the details as the file holds them; your edits, not saved: "
                        + "actor “Russia”, attributes “interviewee = E3”");
    }
}
