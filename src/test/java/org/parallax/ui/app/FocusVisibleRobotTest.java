package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A researcher working by keyboard tabs to the lens choice, Table 1's coder choice and the status bar's coder link:
 * each with the keyboard is ringed in the accent colour as plainly as a focused pane is. A combo box showed a ring of
 * one pixel and the link a dotted outline, lost against the grey bars, so the researcher lost their place.
 */
class FocusVisibleRobotTest extends RobotWindow {
    private static final Color FOCUS = Color.web("#2f6fb3");

    @Test
    void theLensChoiceWithTheKeyboardIsRingedPlainly(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().selectedProperty().get() != null);
        assertRingedWhenFocused(robot, find(robot, "#lensChoice", ComboBox.class));
    }

    @Test
    void tableOnesCoderChoiceWithTheKeyboardIsRingedPlainly(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().selectedProperty().get() != null);
        selectTab(robot, "Table 1");
        assertRingedWhenFocused(robot, find(robot, "#table1Coder", ComboBox.class));
    }

    @Test
    void theStatusBarsCoderLinkWithTheKeyboardIsRingedPlainly(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().selectedProperty().get() != null);
        assertRingedWhenFocused(robot, find(robot, "#statusCoder", Hyperlink.class));
    }

    /**
     * Around the node (3 px outside its bounds and all within), at least twice its perimeter in pixels of the accent
     * colour: a ring two pixels wide or more all round. A one-pixel ring makes about one perimeter.
     */
    private void assertRingedWhenFocused(FxRobot robot, Node node) throws Exception {
        robot.interact(node::requestFocus);
        waitUntil(node::isFocused);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds at = read(() -> node.localToScene(node.getBoundsInLocal()));
        WritableImage shot = read(() -> stage.getScene().snapshot(null));
        int ringed = focusPixels(shot, at);
        double perimeter = 2 * (at.getWidth() + at.getHeight());
        assertThat(ringed).as("pixels of the focus colour around %s (%.0f×%.0f)", node.getId() == null
                ? node.getClass().getSimpleName() : node.getId(), at.getWidth(), at.getHeight())
                .isGreaterThanOrEqualTo((int) (2 * perimeter));
    }

    private static int focusPixels(WritableImage shot, Bounds at) {
        PixelReader pixels = shot.getPixelReader();
        int count = 0;
        for (int x = (int) at.getMinX() - 3; x <= (int) at.getMaxX() + 3; x++) {
            for (int y = (int) at.getMinY() - 3; y <= (int) at.getMaxY() + 3; y++) {
                if (x >= 0 && y >= 0 && x < shot.getWidth() && y < shot.getHeight()
                        && near(pixels.getColor(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean near(Color c) {
        double dr = c.getRed() - FOCUS.getRed();
        double dg = c.getGreen() - FOCUS.getGreen();
        double db = c.getBlue() - FOCUS.getBlue();
        return Math.sqrt(dr * dr + dg * dg + db * db) < 0.2;
    }
}
