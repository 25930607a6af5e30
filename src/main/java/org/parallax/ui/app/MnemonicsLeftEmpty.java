package org.parallax.ui.app;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A menu shown registers its items' letters with the window's scene and, hidden, takes them out again but leaves each
 * letter's list behind, empty. The scene answers Alt+letter with the first list whose letter matches in either case, so
 * once the Codebook menu had shown "Add _frame…" the empty list of its lower-case f could come before the File menu's
 * F, and Alt+F did nothing for the rest of the session (Alt+S and Alt+T, the Details tab's Scenario and Title, could go
 * the same way). The empty lists are dropped before the scene looks for a letter.
 */
final class MnemonicsLeftEmpty {
    private MnemonicsLeftEmpty() {
    }

    /** Drops the empty letters of {@code scene} as each key goes down with Alt held; call on the FX thread. */
    static void dropIn(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown()) {
                List<KeyCombination> empty = scene.getMnemonics().entrySet().stream()
                        .filter(letter -> letter.getValue().isEmpty()).map(java.util.Map.Entry::getKey).toList();
                empty.forEach(scene.getMnemonics()::remove);
            }
        });
    }
}
