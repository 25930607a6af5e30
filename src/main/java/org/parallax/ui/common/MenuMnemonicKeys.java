package org.parallax.ui.common;

import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * In an open menu, a letter or digit chooses the item it is the mnemonic of, as on Windows and in GTK programs: Alt+E
 * then U undoes, Alt+F, R then 2 opens the second recent project. JavaFX draws the underlines but gives the keys no
 * effect once a menu is open (a letter did nothing, and Alt, pressed for it, closed the menu). The key is matched on
 * the key itself, not on the character typed, so a Russian keyboard layout reaches the same items.
 */
public final class MenuMnemonicKeys {
    /** Marks a menu's scene that already listens, since a menu shown again keeps its scene. */
    private static final String INSTALLED = MenuMnemonicKeys.class.getName();
    private static boolean installed;

    private MenuMnemonicKeys() {
    }

    /** From now on every menu and context menu shown answers its mnemonics; call on the FX thread. */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    if (window instanceof ContextMenu && window.getScene() != null) {
                        listen(window.getScene());
                    }
                }
            }
        });
    }

    private static void listen(Scene scene) {
        if (scene.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) == null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, chooseByMnemonic(scene));
        }
    }

    private static EventHandler<KeyEvent> chooseByMnemonic(Scene scene) {
        return e -> {
            if (e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShortcutDown()) {
                return;
            }
            key(e.getCode()).flatMap(key -> itemOfMnemonic(scene, key)).ifPresent(row -> {
                e.consume();
                // The menu's own row does what Enter does on it: a submenu opens with its first item chosen, an item
                // is chosen (a tick box ticked) and the menus close.
                row.requestFocus();
                row.fireEvent(new ActionEvent());
            });
        };
    }

    /** The letter or digit of a key, upper case; none for other keys. */
    private static Optional<Character> key(KeyCode code) {
        if (code.isLetterKey() || code.isDigitKey()) {
            String name = code.getName();
            return Optional.of(Character.toUpperCase(name.charAt(name.length() - 1)));
        }
        return Optional.empty();
    }

    /** The row of the menu shown in {@code scene} whose item, shown and enabled, has the mnemonic {@code key}. */
    private static Optional<Node> itemOfMnemonic(Scene scene, char key) {
        return scene.getRoot().lookupAll(".menu-item").stream()
                .filter(row -> row.getProperties().get(MenuItem.class) instanceof MenuItem item && item.isVisible()
                        && !item.isDisable() && MenuText.mnemonic(item).filter(m -> m == key).isPresent())
                .findFirst();
    }
}
