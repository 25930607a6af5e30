package org.parallax.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.UiFixture;
import org.parallax.ui.app.MainViewModel;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.QueuedTasks;
import org.parallax.workbench.Workbench;

/**
 * Text typed into a memo while its last save was still being written waited for that save; closing the project then
 * dropped it, and the file kept the memo as it was before the last words. The background thread is held (the saves
 * queued, not yet run) to stand for a save in flight.
 */
class MemoTypedDuringASaveKeptOnCloseTest {
    @TempDir
    Path dir;

    @Test
    void textTypedWhileASaveRunsIsInTheFileAfterTheProjectCloses() {
        Path project = UiFixture.createProject(dir);
        QueuedTasks tasks = new QueuedTasks();
        RecordingDialogs dialogs = new RecordingDialogs();
        MainViewModel main = new MainViewModel(new ProjectContext(tasks, dialogs),
                new SettingsFile(dir.resolve("settings.json")));
        main.open(project);
        tasks.drain();
        Document first = main.context().workbench().documents().list().get(0);
        main.documents().select(first.id());
        tasks.drain();
        MemoViewModel memo = main.memo();
        assertThat(memo.availableProperty().get()).isTrue();

        memo.textProperty().set("Read closely");
        memo.flush();  // its save queued: in flight
        memo.textProperty().set("Read closely for H1 and H2");
        main.close();
        tasks.drain();

        assertThat(dialogs.errors).isEmpty();
        try (Workbench again = Workbench.openReadOnly(project)) {
            assertThat(again.memos().memo(MemoTarget.document(first.id())).map(Memo::text))
                    .contains("Read closely for H1 and H2");
        }
    }

    /**
     * The save queued as the project closed wrote with no check: a change another program made to the memo between
     * the save in flight and it was overwritten without a word, where every other save of the pane is refused.
     */
    @Test
    void textTypedWhileASaveRunsDoesNotOverwriteAnotherProgramsChangeMadeMeanwhile() {
        Path project = UiFixture.createProject(dir);
        QueuedTasks tasks = new QueuedTasks();
        RecordingDialogs dialogs = new RecordingDialogs();
        MainViewModel main = new MainViewModel(new ProjectContext(tasks, dialogs),
                new SettingsFile(dir.resolve("settings.json")));
        main.open(project);
        tasks.drain();
        Document first = main.context().workbench().documents().list().get(0);
        main.documents().select(first.id());
        tasks.drain();
        MemoViewModel memo = main.memo();
        MemoTarget target = MemoTarget.document(first.id());

        memo.textProperty().set("Read closely");
        memo.flush();
        memo.textProperty().set("Read closely for H1 and H2");
        main.close();
        tasks.queue.poll().run();  // the save in flight ends
        try (Workbench other = Workbench.open(project)) {
            other.memos().session(target).save("Compare with the 2004 readout");
        }
        tasks.drain();

        try (Workbench again = Workbench.openReadOnly(project)) {
            assertThat(again.memos().memo(target).map(Memo::text)).contains("Compare with the 2004 readout");
        }
        assertThat(dialogs.errors).singleElement().asString().contains("was changed by ")
                .endsWith("The project closed with the memo as the file holds it; your last text, not saved: "
                        + "“Read closely for H1 and H2”");
    }
}
