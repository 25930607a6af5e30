package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * Walking the Details form with Tab, the keyboard leaves the attributes box for Save details, and Shift+Tab goes back
 * to the scenario: Tab typed a tab character into the attributes, and Save details could not be reached by keys.
 */
class TabLeavesTheAttributesRobotTest extends RobotWindow {

    @Test
    void tabGoesFromTheAttributesToSaveDetailsAndShiftTabBack(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().selectedProperty().get() != null);
        selectTab(robot, "Details");
        TextArea attributes = find(robot, "#metadataAttributes", TextArea.class);
        waitUntil(() -> !attributes.isDisabled());
        String before = read(attributes::getText);
        robot.interact(attributes::requestFocus);

        robot.type(KeyCode.TAB);
        Node after = settled(() -> window.scene().getFocusOwner(), f -> f != attributes);
        assertThat(after.getId()).as("the control after Tab in the attributes").isEqualTo("saveDetails");
        String afterTab = read(attributes::getText);
        assertThat(afterTab).as("the attributes after Tab").isEqualTo(before);

        robot.interact(attributes::requestFocus);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        Node back = settled(() -> window.scene().getFocusOwner(), f -> f != attributes);
        assertThat(back.getId()).as("the control after Shift+Tab in the attributes").isEqualTo("metadataScenario");
        String afterShiftTab = read(attributes::getText);
        assertThat(afterShiftTab).as("the attributes after Shift+Tab").isEqualTo(before);
    }
}
