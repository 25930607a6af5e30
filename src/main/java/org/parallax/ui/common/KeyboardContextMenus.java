package org.parallax.ui.common;

import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.PickResult;

/**
 * Shift+F10 and the Menu key open the context menu of the control that has the keyboard, at the keyboard's place:
 * the caret in a text, the focused row in a table, list or tree. The request is the one a right-click makes, so the
 * menu and what its items act on are the mouse's. JavaFX makes no request from either key on Linux and macOS; on
 * Windows the platform makes one itself, placed at a quarter of the control's width: those are dropped here, so one
 * key press opens one menu, at the same place on every system.
 */
public final class KeyboardContextMenus {
    private static final String PLACE = KeyboardContextMenus.class.getName() + ".place";
    /** True while this class's own request travels to the control: the one keyboard request let through. */
    private boolean requesting;

    private KeyboardContextMenus() {
    }

    /** Makes the keys open context menus in {@code scene}. */
    public static void install(Scene scene) {
        KeyboardContextMenus menus = new KeyboardContextMenus();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (isMenuKey(e) && scene.getFocusOwner() != null) {
                e.consume();
                menus.request(scene.getFocusOwner());
            }
        });
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger() && !menus.requesting) {
                e.consume();
            }
        });
    }

    /**
     * Gives {@code node} its own keyboard place, on the screen, for a node whose place is not a row (a text's caret);
     * an empty place (the caret scrolled out of view) falls back to the node's.
     */
    public static void placeAt(Node node, Supplier<Optional<Bounds>> place) {
        node.getProperties().put(PLACE, place);
    }

    private static boolean isMenuKey(KeyEvent e) {
        boolean plain = !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
        return plain && (e.getCode() == KeyCode.CONTEXT_MENU && !e.isShiftDown()
                || e.getCode() == KeyCode.F10 && e.isShiftDown());
    }

    private void request(Node node) {
        Point2D screen = place(node);
        Point2D scene = node.localToScene(node.screenToLocal(screen));
        ContextMenuEvent request = new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(),
                scene.getY(), screen.getX(), screen.getY(), true, new PickResult(node, scene.getX(), scene.getY()));
        requesting = true;
        try {
            Event.fireEvent(node, request);
        } finally {
            requesting = false;
        }
    }

    /**
     * Under the place's first line, at its left: the menu covers neither the caret's line nor the focused row. A
     * node without a place of its own gets the point JavaFX gives a keyboard request (a quarter in, halfway down).
     */
    private static Point2D place(Node node) {
        Optional<Bounds> place = ownPlace(node).or(() -> focusedRow(node));
        if (place.isPresent()) {
            return new Point2D(place.get().getMinX(), place.get().getMaxY());
        }
        Bounds whole = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(whole.getMinX() + whole.getWidth() / 4, whole.getMinY() + whole.getHeight() / 2);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Bounds> ownPlace(Node node) {
        Object place = node.getProperties().get(PLACE);
        return place instanceof Supplier<?> supplier ? ((Supplier<Optional<Bounds>>) supplier).get() : Optional.empty();
    }

    /** The focused row's cell as shown; a row out of sight is scrolled to first, as it has no cell. */
    private static Optional<Bounds> focusedRow(Node node) {
        IntConsumer scroll;
        int focused;
        if (node instanceof TableView<?> table) {
            focused = table.getFocusModel().getFocusedIndex();
            scroll = table::scrollTo;
        } else if (node instanceof TreeView<?> tree) {
            focused = tree.getFocusModel().getFocusedIndex();
            scroll = tree::scrollTo;
        } else if (node instanceof ListView<?> list) {
            focused = list.getFocusModel().getFocusedIndex();
            scroll = list::scrollTo;
        } else {
            return Optional.empty();
        }
        if (focused < 0) {
            return Optional.empty();
        }
        Optional<Node> row = rowCell(node, focused);
        if (row.isEmpty() && node instanceof Parent parent) {
            scroll.accept(focused);
            parent.applyCss();
            parent.layout();
            row = rowCell(node, focused);
        }
        return row.map(cell -> cell.localToScreen(cell.getBoundsInLocal()));
    }

    private static Optional<Node> rowCell(Node node, int index) {
        return node.lookupAll(".indexed-cell").stream()
                .filter(cell -> cell instanceof TableRow<?> || cell instanceof TreeCell<?> || cell instanceof ListCell<?>)
                .filter(cell -> ((IndexedCell<?>) cell).getIndex() == index && !((IndexedCell<?>) cell).isEmpty())
                .filter(cell -> shownWithin(cell, node)).findFirst();
    }

    /** Visible up to {@code owner}: a list keeps spare cells, hidden, beside the ones it shows. */
    private static boolean shownWithin(Node cell, Node owner) {
        for (Node at = cell; at != null && at != owner; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
