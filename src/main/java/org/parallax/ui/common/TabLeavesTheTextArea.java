package org.parallax.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab leave a text area for the next and previous control, as in a form; JavaFX's text area typed a tab
 * character instead, so the keyboard could not get out of it: in the Details tab Save details, and after a code's
 * definition or a memo everything below, were out of reach without the mouse. Ctrl+Tab still leaves it too.
 */
public final class TabLeavesTheTextArea {
    private TabLeavesTheTextArea() {
    }

    /** Makes Tab and Shift+Tab in {@code area} go on to the window's next or previous control. */
    public static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // The text area's own way out, Ctrl+Tab (Ctrl+Shift+Tab back), which it handles as focus traversal.
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false,
                        false));
            }
        });
    }
}
