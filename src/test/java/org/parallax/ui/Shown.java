package org.parallax.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.parallax.ui.common.WholeTabHeadings;

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

    /**
     * The table's visible columns whose header lies partly or wholly past the table's right edge: in a list with rows a
     * sideways scroll bar reaches them, in an empty one nothing does. Empty when every column is in view.
     */
    public static List<String> columnsOutOfView(TableView<?> table) {
        Bounds list = table.localToScene(table.getLayoutBounds());
        List<String> out = new ArrayList<>();
        for (Node header : table.lookupAll(".column-header")) {
            if (header.isVisible() && !header.getStyleClass().contains("filler")
                    && header.localToScene(header.getLayoutBounds()).getMaxX() > list.getMaxX() + 0.5) {
                header.lookupAll(".label").stream().filter(Label.class::isInstance).map(l -> ((Label) l).getText())
                        .filter(t -> t != null && !t.isBlank()).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * The tab pane's headings drawn but not whole: cut by the edge of the heading strip (or by its overflow menu's
     * button, ▾) or past it, or with their title cut short; a hidden heading (invisible or transparent) counts only
     * if no overflow menu reaches its tab. Empty when every tab's heading shown can be read where it stands.
     */
    public static List<String> tabsNotWhole(TabPane tabs) {
        Node area = WholeTabHeadings.headerArea(tabs);
        Bounds strip = area.localToScene(area.getLayoutBounds());
        double right = strip.getMaxX();
        for (Node button : area.lookupAll(".control-buttons-tab")) {
            if (button.isVisible()) {
                right = Math.min(right, button.localToScene(button.getLayoutBounds()).getMinX());
            }
        }
        boolean overflowMenu = right < strip.getMaxX();
        List<String> notWhole = new ArrayList<>();
        for (Node heading : area.lookupAll(".tab")) {
            Bounds drawn = heading.localToScene(heading.getLayoutBounds());
            Label title = (Label) heading.lookup(".tab-label");
            if (!heading.isVisible() || heading.getOpacity() == 0) {
                if (!overflowMenu) {
                    notWhole.add(title.getText() + " hidden, with no overflow menu");
                }
            } else if (drawn.getMinX() < strip.getMinX() - 0.5 || drawn.getMaxX() > right + 0.5) {
                notWhole.add(title.getText() + " out of view");
            } else if (!text(title).equals(title.getText())) {
                notWhole.add(title.getText() + " → " + text(title));
            }
        }
        return notWhole;
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
