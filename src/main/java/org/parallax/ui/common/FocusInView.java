package org.parallax.ui.common;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;

/**
 * Scrolls the control that takes the keyboard into view in every scrolling pane around it, however it got the
 * keyboard: JavaFX's scroll pane does so for Tab alone, so a field focused by the program (the one a refusal names,
 * below the fold of a form) or by a click on its visible edge stayed out of sight, the caret typing where nobody saw.
 * A click's control is revealed once the button is released, so the press and release land on the same control.
 */
public final class FocusInView {
    private Node pending;
    private boolean pressed;

    private FocusInView() {
    }

    /** Keeps the focused control of {@code scene} in view. */
    public static void install(Scene scene) {
        FocusInView focus = new FocusInView();
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> focus.pressed = true);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            focus.pressed = false;
            Platform.requestNextPulse();
        });
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            focus.pending = now;
            Platform.requestNextPulse();
        });
        // After a layout pass: a control focused as its form is shown has no place before it.
        scene.addPostLayoutPulseListener(() -> focus.afterLayout(scene));
    }

    private void afterLayout(Scene scene) {
        if (pending == null || pressed) {
            return;
        }
        Node node = pending;
        pending = null;
        if (scene.getFocusOwner() == node) {
            reveal(node);
        }
    }

    /** Scrolls each pane around {@code node}, the innermost first, so that it is wholly in view where it fits. */
    static void reveal(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll && scroll.getContent() != null) {
                bringIntoView(scroll, node);
            }
        }
    }

    private static void bringIntoView(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds shown = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        Bounds all = content.getLayoutBounds();
        Bounds view = scroll.getViewportBounds();
        if (shown == null) {
            return;
        }
        double top = offset(scroll.getVvalue(), scroll.getVmin(), scroll.getVmax(), all.getHeight(), view.getHeight());
        double newTop = into(top, view.getHeight(), shown.getMinY() - all.getMinY(), shown.getMaxY() - all.getMinY());
        if (newTop != top) {
            scroll.setVvalue(value(newTop, scroll.getVmin(), scroll.getVmax(), all.getHeight(), view.getHeight()));
        }
        double left = offset(scroll.getHvalue(), scroll.getHmin(), scroll.getHmax(), all.getWidth(), view.getWidth());
        double newLeft = into(left, view.getWidth(), shown.getMinX() - all.getMinX(), shown.getMaxX() - all.getMinX());
        if (newLeft != left) {
            scroll.setHvalue(value(newLeft, scroll.getHmin(), scroll.getHmax(), all.getWidth(), view.getWidth()));
        }
    }

    /** The content's first shown pixel along one axis, from the scroll bar's value. */
    private static double offset(double value, double min, double max, double content, double view) {
        return max <= min || content <= view ? 0 : (value - min) / (max - min) * (content - view);
    }

    private static double value(double offset, double min, double max, double content, double view) {
        return content <= view ? min : min + Math.max(0, Math.min(1, offset / (content - view))) * (max - min);
    }

    /**
     * The first shown pixel that shows {@code from}–{@code to} with as little movement as possible; a control taller
     * than the view is brought in at its start only when none of it shows.
     */
    static double into(double first, double view, double from, double to) {
        if (from >= first && to <= first + view) {
            return first;
        }
        if (to - from > view) {
            return to <= first || from >= first + view ? from : first;
        }
        return from < first ? from : to - view;
    }
}
