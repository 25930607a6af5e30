package org.parallax.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
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

/**
 * The memo pane moved to another document while the background thread is busy (an import, a long save): until that
 * document's memo has been read, the pane must not take keys. It used to stay editable with the previous memo's text
 * in it, and what was typed then was saved as the new document's whole memo, over the memo it had.
 */
class MemoEditableOnceReadTest {
    @TempDir
    Path dir;
    private final QueuedTasks tasks = new QueuedTasks();
    private MainViewModel main;

    @AfterEach
    void close() {
        if (main != null) {
            main.close();
            tasks.drain();  // the close itself runs on the background thread
        }
    }

    @Test
    void aMemoIsNotEditableUntilItHasBeenReadAndThenShowsItsOwnText() {
        Path project = UiFixture.createProject(dir);
        main = new MainViewModel(new ProjectContext(tasks, new RecordingDialogs()),
                new SettingsFile(dir.resolve("settings.json")));
        main.open(project);
        tasks.drain();
        var documents = main.context().workbench().documents().list();
        Document first = documents.get(0);
        Document second = documents.get(1);
        MemoViewModel memo = main.memo();

        main.documents().select(second.id());
        tasks.drain();
        memo.textProperty().set("What the second document's memo holds");
        memo.flush();
        tasks.drain();
        main.documents().select(first.id());
        tasks.drain();
        memo.textProperty().set("The first document's memo");
        memo.flush();
        tasks.drain();

        main.documents().select(second.id());  // its memo's read waits behind the busy background thread

        assertThat(memo.availableProperty().get()).as("editable before its memo was read").isFalse();
        assertThat(memo.textProperty().get()).as("the previous memo still shown").isEmpty();
        tasks.drain();
        assertThat(memo.availableProperty().get()).isTrue();
        assertThat(memo.textProperty().get()).isEqualTo("What the second document's memo holds");
        assertThat(main.context().workbench().memos().memo(MemoTarget.document(second.id())).map(Memo::text))
                .contains("What the second document's memo holds");
    }
}
