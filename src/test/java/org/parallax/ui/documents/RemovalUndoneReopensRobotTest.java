package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.WindowSize;
import org.parallax.ui.coding.OpenDocument;
import org.testfx.api.FxRobot;

/**
 * A researcher removes the open document with the Delete key, sees the list move on to the next one, and takes the
 * removal back with Ctrl+Z: the document brought back is selected and open again, as it was before the removal (the
 * list stayed on the document it had moved to). Ctrl+Shift+Z removes it again and the list moves on as it did.
 */
@WindowSize(width = 1280, height = 800)
class RemovalUndoneReopensRobotTest extends RobotWindow {
    @Test
    void undoingARemovalSelectsAndOpensTheDocumentBroughtBack(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15
                && main.documents().selectedProperty().get() != null);
        TableView<?> table = find(robot, "#documentsTable", TableView.class);
        DocumentRow doomed = read(() -> (DocumentRow) table.getItems().get(1));
        DocumentRow next = read(() -> (DocumentRow) table.getItems().get(2));
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(1);
            table.requestFocus();
        });
        waitUntil(() -> shownId() == doomed.id());

        robot.type(KeyCode.DELETE);
        waitUntil(() -> main.documents().rows().size() == 14);
        backgroundDone();
        assertThat(settled(() -> where(table), expected(next)::equals)).as("after the removal")
                .isEqualTo(expected(next));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> main.documents().rows().size() == 15);
        backgroundDone();
        assertThat(settled(() -> where(table), expected(doomed)::equals)).as("after the undo")
                .isEqualTo(expected(doomed));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> main.documents().rows().size() == 14);
        backgroundDone();
        assertThat(settled(() -> where(table), expected(next)::equals)).as("after the redo").isEqualTo(expected(next));
        assertThat(dialogs.errors).isEmpty();
    }

    private static String expected(DocumentRow row) {
        return "selected " + row.id() + ", list " + row.id() + ", reading " + row.id();
    }

    /** The document the view-model holds open, the table's selected row and the reading view's document. */
    private String where(TableView<?> table) {
        Object listed = table.getSelectionModel().getSelectedItem();
        DocumentRow selected = main.documents().selectedProperty().get();
        return "selected " + (selected == null ? "none" : selected.id()) + ", list "
                + (listed instanceof DocumentRow r ? r.id() : "none") + ", reading " + shownId();
    }

    private long shownId() {
        OpenDocument open = main.document().documentProperty().get();
        return open == null ? -1 : open.id();
    }

    /** Waits until the background thread has run what was queued so far and the FX thread has applied it. */
    private void backgroundDone() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        tasks.run(() -> null, ok -> done.countDown(), failed -> done.countDown());
        assertThat(done.await(120, TimeUnit.SECONDS)).isTrue();
        read(() -> null);
    }
}
