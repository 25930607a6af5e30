package org.parallax.ui.common;

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
 */
public final class WholeTabHeadings {
    private WholeTabHeadings() {
    }

    /** Keeps the pane's headings whole, checked after every layout pass (the strip scrolls to the chosen tab). */
    public static void keep(TabPane tabs) {
        tabs.sceneProperty().addListener((o, was, now) -> watch(now, tabs));
        watch(tabs.getScene(), tabs);
    }

    private static void watch(Scene scene, TabPane tabs) {
        if (scene != null) {
            scene.addPostLayoutPulseListener(() -> hideCut(tabs));
        }
    }

    private static void hideCut(TabPane tabs) {
        Node area = tabs.lookup(".tab-header-area");
        if (!(tabs.lookup(".headers-region") instanceof Parent headings) || area == null) {
            return;
        }
        Bounds strip = area.localToScene(area.getLayoutBounds());
        double right = strip.getMaxX();
        for (Node button : area.lookupAll(".control-buttons-tab")) {
            if (button.isVisible()) {
                right = Math.min(right, button.localToScene(button.getLayoutBounds()).getMinX());
            }
        }
        for (Node heading : headings.getChildrenUnmodifiable()) {
            Bounds drawn = heading.localToScene(heading.getLayoutBounds());
            boolean whole = drawn.getMinX() >= strip.getMinX() - 0.5 && drawn.getMaxX() <= right + 0.5;
            if (heading.isVisible() != whole) {
                heading.setVisible(whole);
            }
        }
    }
}
