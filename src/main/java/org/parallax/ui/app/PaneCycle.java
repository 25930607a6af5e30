package org.parallax.ui.app;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * F6 moves the keyboard to the next pane of the window and Shift+F6 to the one before, as in most desktop programs:
 * documents list, text, the tabs below them, codebook. Tab walks every control on the way, some twenty from the
 * documents list to the codebook; F6 did nothing.
 */
final class PaneCycle {
    /** A pane of the window: the region that holds it and the control in it that takes the keyboard. */
    record Pane(Node region, Node target) {
    }

    private final List<Pane> panes;

    PaneCycle(List<Pane> panes) {
        this.panes = List.copyOf(panes);
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F6 && !e.isShortcutDown() && !e.isAltDown()) {
                move(scene.getFocusOwner(), e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
    }

    private void move(Node focused, int step) {
        int at = indexOf(focused);
        int from = at < 0 ? (step > 0 ? -1 : 0) : at;
        for (int tried = 1; tried <= panes.size(); tried++) {
            Pane next = panes.get(Math.floorMod(from + step * tried, panes.size()));
            if (shown(next.target()) && !next.target().isDisabled()) {
                next.target().requestFocus();
                return;
            }
        }
    }

    private int indexOf(Node focused) {
        for (Node node = focused; node != null; node = node.getParent()) {
            for (int i = 0; i < panes.size(); i++) {
                if (panes.get(i).region() == node) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** On the screen: the split lens view hides the single text, and no project hides every pane. */
    private static boolean shown(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (!parent.isVisible()) {
                return false;
            }
        }
        return node.isVisible() && node.getScene() != null;
    }
}
