package org.parallax.ui.common;

import javafx.event.EventTarget;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Escape closes a tool window (Report, documentation), as it closes a dialog: without it a keyboard user, or one
 * whose window manager draws no close button, had no way out. A control that uses Escape itself (an open choice
 * list) consumes it first; a list or table that cannot be edited consumes it too (to cancel an edit it cannot
 * have), so Escape there is taken before it: with the focus in Help's list of pages the window stayed open.
 */
public final class ClosesOnEscape {
    private ClosesOnEscape() {
    }

    public static void install(Stage stage) {
        stage.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && inAListThatCannotBeEdited(e.getTarget())) {
                e.consume();
                stage.close();
            }
        });
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.close();
            }
        });
    }

    private static boolean inAListThatCannotBeEdited(EventTarget target) {
        return target instanceof ListView<?> list && !list.isEditable()
                || target instanceof TableView<?> table && !table.isEditable();
    }
}
