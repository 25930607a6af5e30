package org.parallax.ui.common;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;

/**
 * A tab pane whose headings are each shown whole or not at all. When its tabs do not fit, JavaFX's strip draws the
 * last one it has room for cut at the edge (at 1024×768 the main window's bottom tabs ended in "Pro" for Process
 * tracing); such a heading is hidden instead, its tab one click away in the strip's overflow menu (▾), which lists
 * every tab.
 *
 * <p>A cut heading is made transparent and deaf to the mouse, never invisible: the strip adds up the widths of its
 * visible headings to decide whether its tabs fit, so hidden ones made it fit, and the strip then took its overflow
 * menu away (at 1024×700, with Memo in front, Process tracing and Assistant could not be reached at all).
 *
 * <p>The check runs after every layout pass, so it must cost next to nothing: the strip's parts are looked up once
 * (a CSS look-up walks the whole window below the pane, and did so on every pulse: an idle window's FX thread spent
 * about 30 ms a second on it) and again only when the pane's skin has replaced them.
 */
public final class WholeTabHeadings {
    private final TabPane tabs;
    private Node area;
    private Parent headings;
    private List<Node> buttons = List.of();

    private WholeTabHeadings(TabPane tabs) {
        this.tabs = tabs;
    }

    /** Keeps the pane's headings whole, checked after every layout pass (the strip scrolls to the chosen tab). */
    public static void keep(TabPane tabs) {
        WholeTabHeadings kept = new WholeTabHeadings(tabs);
        Runnable check = kept::hideCut;
        tabs.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(check);
            }
            watch(now, check);
        });
        watch(tabs.getScene(), check);
    }

    private static void watch(Scene scene, Runnable check) {
        if (scene != null) {
            scene.addPostLayoutPulseListener(check);
        }
    }

    /**
     * The pane's own strip of headings. A look-up from the pane would search its tabs' contents too, and may find the
     * strip of a pane inside one (Process tracing's result tabs) first.
     */
    public static Node headerArea(TabPane tabs) {
        return tabs.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("tab-header-area"))
                .findFirst().orElse(null);
    }

    private void hideCut() {
        if (area == null || area.getScene() != tabs.getScene()) {
            area = headerArea(tabs);
            headings = area != null && area.lookup(".headers-region") instanceof Parent p ? p : null;
            buttons = area == null ? List.of() : List.copyOf(area.lookupAll(".control-buttons-tab"));
        }
        if (area == null || headings == null) {
            return;
        }
        Bounds strip = area.localToScene(area.getLayoutBounds());
        double right = strip.getMaxX();
        for (Node button : buttons) {
            if (button.isVisible()) {
                right = Math.min(right, button.localToScene(button.getLayoutBounds()).getMinX());
            }
        }
        for (Node heading : headings.getChildrenUnmodifiable()) {
            Bounds drawn = heading.localToScene(heading.getLayoutBounds());
            boolean whole = drawn.getMinX() >= strip.getMinX() - 0.5 && drawn.getMaxX() <= right + 0.5;
            if (heading.isMouseTransparent() == whole) {
                heading.setOpacity(whole ? 1 : 0);
                heading.setMouseTransparent(!whole);
            }
        }
    }
}
