package org.parallax.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * Apply greys itself out once it has coded, and the focus it held went to the next control in the window, the
 * codebook's filter box: the Ctrl+Z the line under it promised was taken by that box and undid nothing.
 */
class AutoCodeApplyRobotTest extends RobotWindow {
    @Test
    void afterApplyTheFocusStaysWithTheAutoCodeRowAndCtrlZUndoesTheRun(FxRobot robot) throws Exception {
        waitUntil(() -> !window.text().area().getText().isEmpty());
        Set<Long> before = passageIds();
        selectTab(robot, "Search");
        robot.clickOn("#searchQuery").write("NATO").type(KeyCode.ENTER);
        waitUntil(() -> !main.search().rows().isEmpty());
        robot.interact(() -> main.autoCode().codeProperty().set("Balance of power"));
        robot.clickOn("Preview");
        waitUntil(() -> main.autoCode().planProperty().get() != null);

        robot.clickOn("#autoCodeApply");
        waitUntil(() -> passageIds().size() > before.size());
        waitUntil(() -> disabled(robot, "#autoCodeApply"));

        Node focused = read(() -> stage.getScene().getFocusOwner());
        assertThat(read(() -> isInside(focused, find(robot, "#autoCodeApply", Node.class).getParent())))
                .as("the focus after Apply, on %s", focused).isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> passageIds().equals(before));
    }

    private static boolean isInside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    private Set<Long> passageIds() {
        return main.context().workbench().analysis().countedPassages().stream().map(Segment::id)
                .collect(Collectors.toSet());
    }
}
