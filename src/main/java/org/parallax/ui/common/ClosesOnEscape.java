package org.parallax.ui.common;

import javafx.event.EventTarget;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
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

    /**
     * The row with the tool window's own Close button, at its bottom right: where no window manager draws a close
     * button (a bare X session, a kiosk) the window stayed over the workbench.
     */
    public static HBox closeButtonRow(Stage stage, String id) {
        Button close = new Button("Close");
        close.setId(id);
        close.setOnAction(e -> stage.close());
        HBox row = new HBox(close);
        row.setAlignment(Pos.CENTER_RIGHT);
        row.setPadding(new Insets(6, 8, 6, 8));
        return row;
    }

    private static boolean inAListThatCannotBeEdited(EventTarget target) {
        return target instanceof ListView<?> list && !list.isEditable()
                || target instanceof TableView<?> table && !table.isEditable();
    }
}
