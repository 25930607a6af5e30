package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/** What the window draws of a text, as a researcher reads it: read on the FX thread after a layout pass. */
public final class Shown {
    private Shown() {
    }

    /** A laid-out label's text as drawn: its text node's string, which the skin cuts with "…" when too long. */
    public static String text(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.getText();
            }
        }
        return labeled.getText();
    }

    /**
     * The table's column headers that cannot be read whole: cut short ("Coded → C…"), or drawn under the column
     * menu's button (+), which covers the last header while the list is too short to scroll. A header wholly past the
     * button's left edge is out of view, reached by scrolling sideways. Empty when all can be read.
     */
    public static List<String> unreadableHeaders(TableView<?> table) {
        Bounds menu = table.lookupAll(".show-hide-columns-button").stream().filter(Node::isVisible)
                .map(b -> b.localToScene(b.getLayoutBounds())).findFirst().orElse(null);
        List<String> unreadable = new ArrayList<>();
        for (Node header : table.lookupAll(".column-header")) {
            if (!header.isVisible() || header.getStyleClass().contains("filler")) {
                continue;
            }
            for (Node node : header.lookupAll(".label")) {
                if (node instanceof Label label && label.getText() != null && !label.getText().isBlank()) {
                    String drawn = text(label);
                    if (!drawn.equals(label.getText())) {
                        unreadable.add(label.getText() + " → " + drawn);
                    } else if (menu != null && drawnBounds(label).getMinX() < menu.getMinX()
                            && drawnBounds(label).getMaxX() > menu.getMinX()) {
                        unreadable.add(label.getText() + " under the column menu (+)");
                    }
                }
            }
        }
        return unreadable;
    }

    private static Bounds drawnBounds(Label label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text.localToScene(text.getLayoutBounds());
            }
        }
        return label.localToScene(label.getLayoutBounds());
    }
}
