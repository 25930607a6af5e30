package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.WindowSize;
import org.testfx.api.FxRobot;

/**
 * A window of 800×560: the Details form scrolls, its Attributes below the fold. Focus moved there other than by Tab
 * (by the program, as a refusal pointing at a field does, or by the field's mnemonic) left the field out of sight,
 * the caret typing where nobody saw; it is now scrolled into view.
 */
@WindowSize(width = 800, height = 560)
class FocusInViewRobotTest extends RobotWindow {
    @Test
    void aFieldBelowTheFoldFocusedByTheProgramIsScrolledIntoView(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().selectedProperty().get() != null);
        selectTab(robot, "Details");
        TextArea attributes = find(robot, "#metadataAttributes", TextArea.class);
        ScrollPane form = scrollPaneAround(attributes);
        robot.interact(() -> form.setVvalue(form.getVmin()));
        assertThat(settled(() -> outOfView(attributes, form), hidden -> hidden)).as("below the fold at first")
                .isTrue();

        robot.interact(attributes::requestFocus);

        assertThat(settled(() -> outOfView(attributes, form), hidden -> !hidden))
                .as("the focused field is wholly in view").isFalse();
        assertThat(read(attributes::isFocused)).isTrue();
    }

    private static ScrollPane scrollPaneAround(Node node) {
        return read(() -> {
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane scroll) {
                    return scroll;
                }
            }
            throw new AssertionError("no scrolling pane around " + node);
        });
    }

    /** Whether any of {@code node} lies outside the view of {@code scroll}. */
    private static boolean outOfView(Node node, ScrollPane scroll) {
        Bounds shown = node.localToScene(node.getLayoutBounds());
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        return shown.getMinY() < view.getMinY() - 0.5 || shown.getMaxY() > view.getMaxY() + 0.5;
    }
}
