package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.WindowSize;
import org.testfx.api.FxRobot;

/**
 * A window of 800×560 (a small laptop screen shared with a PDF): the Details form scrolled, and Save details went
 * out of sight below the attributes. It stays in sight under the fields, which scroll above it.
 */
@WindowSize(width = 800, height = 560)
class SaveDetailsInSightRobotTest extends RobotWindow {
    @Test
    void saveDetailsStaysInSightAt800By560(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().selectedProperty().get() != null);
        selectTab(robot, "Details");
        Button save = find(robot, "#saveDetails", Button.class);
        assertThat(settled(() -> hiddenBy(save), hidden -> hidden.isEmpty())).as("what hides Save details")
                .isEmpty();
        assertThat(read(() -> save.isVisible() && save.getHeight() > 0)).isTrue();
    }

    /** What cuts {@code save} off: a scrolling pane around it whose view it is not wholly in, or the window's edge. */
    private static String hiddenBy(Button save) {
        Bounds shown = save.localToScene(save.getBoundsInLocal());
        if (shown.getMaxY() > save.getScene().getHeight() || shown.getMaxX() > save.getScene().getWidth()) {
            return "the window's edge: " + shown;
        }
        for (Node up = save.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll) {
                Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                if (shown.getMinY() < view.getMinY() || shown.getMaxY() > view.getMaxY()) {
                    return "a scrolling pane: " + shown + " outside " + view;
                }
            }
        }
        return "";
    }
}
