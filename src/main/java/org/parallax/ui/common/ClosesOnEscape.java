package org.parallax.ui.common;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Escape closes a tool window (Report, documentation), as it closes a dialog: without it a keyboard user, or one
 * whose window manager draws no close button, had no way out. A control that uses Escape itself (an open choice
 * list) consumes it first.
 */
public final class ClosesOnEscape {
    private ClosesOnEscape() {
    }

    public static void install(Stage stage) {
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                stage.close();
            }
        });
    }
}
