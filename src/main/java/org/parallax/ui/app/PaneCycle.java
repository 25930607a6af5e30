package org.parallax.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * F6 moves the keyboard to the next pane of the window and Shift+F6 to the one before, as in most desktop programs:
 * documents list, text (each of the split lens view's two texts in turn), the tabs below them, codebook, the status
 * bar's coder link, and the strip under the menu naming a coder chosen elsewhere while it is shown. Tab walks every control on the way, some twenty from the documents list to the codebook; F6 did
 * nothing, and reached the status bar not at all.
 */
final class PaneCycle {
    /**
     * A pane of the window: the region that holds it and the controls in it that take the keyboard, one F6 each, as
     * the pane holds them now (the split lens view shows two texts where the text was).
     */
    record Pane(Node region, Supplier<List<Node>> targets) {
        Pane(Node region, Node target) {
            this(region, () -> List.of(target));
        }
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
        List<Stop> stops = new ArrayList<>();
        for (Pane pane : panes) {
            pane.targets().get().forEach(target -> stops.add(new Stop(pane, target)));
        }
        int at = indexOf(stops, focused, step);
        int from = at < 0 ? (step > 0 ? -1 : 0) : at;
        for (int tried = 1; tried <= stops.size(); tried++) {
            Node next = stops.get(Math.floorMod(from + step * tried, stops.size())).target();
            if (shown(next) && !next.isDisabled()) {
                next.requestFocus();
                return;
            }
        }
    }

    /** One place F6 stops at: a control that takes the keyboard, in its pane. */
    private record Stop(Pane pane, Node target) {
    }

    /**
     * The stop that has the keyboard; elsewhere in a pane (the documents filter, a lens choice) its last stop going
     * on and its first going back, so F6 leaves the pane and Shift+F6 too.
     */
    private static int indexOf(List<Stop> stops, Node focused, int step) {
        for (Node node = focused; node != null; node = node.getParent()) {
            for (int i = 0; i < stops.size(); i++) {
                if (stops.get(i).target() == node) {
                    return i;
                }
            }
            for (int i = 0; i < stops.size(); i++) {
                if (stops.get(i).pane().region() == node) {
                    int last = i;
                    while (last + 1 < stops.size() && stops.get(last + 1).pane() == stops.get(i).pane()) {
                        last++;
                    }
                    return step > 0 ? last : i;
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
