package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * With the split lens view open, F6 stops at each of its two texts in turn, as it stops at the one text otherwise:
 * it passed over both (the hidden single text was its only stop there), so the keyboard reached them by Tab alone.
 */
class PaneCycleSplitLensRobotTest extends RobotWindow {
    @Test
    void f6StopsAtEachTextOfTheSplitLensView(FxRobot robot) throws Exception {
        waitUntil(() -> !window.text().area().getText().isEmpty());
        robot.clickOn("#splitLensToggle");
        find(robot, "#lensRightText", Node.class);
        robot.interact(() -> find(robot, "#documentsTable", Node.class).requestFocus());
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Node before = focused();
            robot.type(KeyCode.F6);
            reached.add(id(settled(this::focused, n -> n != before)));
        }
        for (int i = 0; i < 2; i++) {
            Node before = focused();
            robot.press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
            reached.add(id(settled(this::focused, n -> n != before)));
        }
        assertThat(reached).as("the focus after each F6, then after Shift+F6 twice").containsExactly("lensLeftText",
                "lensRightText", "bottomTabs", "codebookTree", "statusCoder", "codebookTree", "bottomTabs");
    }

    private Node focused() {
        return read(() -> stage.getScene().getFocusOwner());
    }

    private static String id(Node node) {
        return node == null ? "nothing" : node.getId();
    }
}
