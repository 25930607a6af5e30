package org.parallax.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.WindowSize;
import org.parallax.ui.documents.DocumentRow;
import org.testfx.api.FxRobot;

/**
 * A researcher removes the open document with the Delete key and takes it back with Ctrl+Z: neither says a word of
 * error. The memo pane, which follows the open document, read the removed document's memo again on the removal's
 * memo event, before the list had moved on, and the window showed "No document with id 2".
 */
@WindowSize(width = 1280, height = 800)
class RemovedDocumentMemoRobotTest extends RobotWindow {
    @Test
    void removingTheOpenDocumentAndUndoingItShowsNoError(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15
                && main.documents().selectedProperty().get() != null);
        TableView<?> table = find(robot, "#documentsTable", TableView.class);
        DocumentRow doomed = read(() -> main.documents().rows().get(1));
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(1);
            table.requestFocus();
        });
        waitUntil(() -> main.memo().headingProperty().get().endsWith(doomed.title()));

        robot.type(KeyCode.DELETE);
        waitUntil(() -> main.documents().rows().size() == 14
                && main.documents().selectedProperty().get() != null);
        backgroundDone();
        assertThat(dialogs.errors).as("errors after the removal").isEmpty();
        assertThat(dialogs.confirmations).singleElement().asString().startsWith("Remove '" + doomed.title() + "'");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> main.documents().rows().size() == 15);
        backgroundDone();
        assertThat(dialogs.errors).as("errors after the undo").isEmpty();
        assertThat(read(() -> main.memo().availableProperty().get())).isTrue();
    }

    /** Waits until the background thread has run what was queued so far and the FX thread has applied it. */
    private void backgroundDone() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        tasks.run(() -> null, ok -> done.countDown(), failed -> done.countDown());
        assertThat(done.await(120, TimeUnit.SECONDS)).isTrue();
        read(() -> null);
    }
}
