package org.parallax.ui.app;

import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Alt pressed and released alone puts the keyboard on the menu bar, as on Windows; Alt held for a letter (Alt+D, Alt+B,
 * a menu's Alt+H) must not. JavaFX's menu bar notices the letter only when a key of it reaches the scene unused, and a
 * mnemonic uses its press: so after Alt+D with Alt let go a moment before the D, as quick typists do, the release of
 * Alt highlighted the File menu, whose arrows then opened it instead of moving in the documents list, and a quick
 * Alt+H closed the Help menu it had just opened for a highlighted File. The window sees each key press before the
 * scene's mnemonics, so the letter is noticed there; the release of Alt after it is kept from the menu bar by the
 * scene, once the scene has put the mnemonics' underlines away (kept from the scene too, they stayed, and plain
 * letters went on acting as Alt+letter).
 */
final class AltMnemonics {
    /** True once a key other than Alt went down with Alt held, until Alt is released. */
    private boolean chord;
    private final EventHandler<KeyEvent> pressed = e -> {
        if (e.getCode() != KeyCode.ALT && e.isAltDown()) {
            chord = true;
        }
    };

    private AltMnemonics() {
    }

    /** Keeps Alt released after Alt+letter from the menu bar of {@code scene}, on whichever window shows it. */
    static void install(Scene scene) {
        AltMnemonics keys = new AltMnemonics();
        ChangeListener<Window> onWindow = (o, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys.pressed);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys.pressed);
            }
        };
        scene.windowProperty().addListener(onWindow);
        onWindow.changed(scene.windowProperty(), null, scene.getWindow());
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.ALT) {
                if (keys.chord) {
                    e.consume();
                }
                keys.chord = false;
            }
        });
    }
}
