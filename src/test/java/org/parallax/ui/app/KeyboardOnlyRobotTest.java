package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * The sample worked in the real window by a researcher who does not use the mouse (RSI, a screen reader, a fast
 * coder): every pane is reached and left again from the keyboard.
 */
class KeyboardOnlyRobotTest extends RobotWindow {

    private Node focused() {
        return org.parallax.ui.FxThread.call(() -> stage.getScene().getFocusOwner());
    }

    private String id(Node node) {
        return node == null ? "nothing" : node.getId();
    }

    @Test
    void tabLeavesTheDocumentTextForwardAndBackward(FxRobot robot) throws Exception {
        waitUntil(() -> !window.text().area().getText().isEmpty());
        Node text = window.text().area();
        robot.interact(text::requestFocus);
        robot.type(KeyCode.TAB);
        assertThat(id(settled(this::focused, n -> n != text))).as("the focus after Tab in the text")
                .isEqualTo("lensChoice");

        robot.interact(text::requestFocus);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(id(settled(this::focused, n -> n != text))).as("the focus after Shift+Tab in the text")
                .isEqualTo("documentsTable");
    }
}
