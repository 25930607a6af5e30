package org.parallax.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/**
 * OK on a code's form closed the form before the project had taken the change: a change the project refused (here
 * a name another code has; a read-only project or a full disk alike) was shown in a box over a form already gone, with
 * the name and definition typed into it. The form now stays open as typed, and closes once a change is taken. The
 * refusal was then a box over the form, which took the keyboard and had to be dismissed before the name could be
 * corrected: it is one line under the name, the keyboard left in the name as typed.
 */
class EntryFormKeptOnRefusalRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    @Test
    void aRefusedNewCodeLeavesItsFormOpenAsTypedWithTheRefusalUnderTheName(FxRobot robot) throws Exception {
        waitUntil(() -> !main.codebook().roots().isEmpty());
        robot.clickOn(codebookCell(robot, "Realism"));
        robot.clickOn("Add code");
        waitUntil(() -> robot.lookup("#entryName").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        TextField name = find(robot, "#entryName", TextField.class);
        TextArea definition = find(robot, "#entryDescription", TextArea.class);
        DialogPane pane = find(robot, ".dialog-pane", DialogPane.class);
        Label refusal = find(robot, "#entryRefusal", Label.class);
        boolean lineBefore = read(refusal::isVisible);
        assertThat(lineBefore).as("no line before OK").isFalse();
        robot.interact(() -> {
            name.setText("Balance of power");
            definition.setText("States weigh each other's capabilities, in my own words");
        });

        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());

        waitUntil(() -> refusal.isVisible());
        String line = read(refusal::getText);
        assertThat(line).isEqualTo("A code named 'Balance of power' already exists");
        assertThat(dialogs.errors).as("no box over the form").isEmpty();
        waitUntil(() -> !pane.lookupButton(ButtonType.OK).isDisabled());
        boolean open = read(() -> pane.getScene() != null && pane.getScene().getWindow().isShowing());
        assertThat(open).as("the form still open").isTrue();
        waitUntil(name::isFocused);
        String kept = read(definition::getText);
        assertThat(kept).isEqualTo("States weigh each other's capabilities, in my own words");

        // Corrected from the keyboard where it was left: the end of the name, typed over, then Enter for OK.
        // Typed text goes to the robot's target window, still the main window since the last click: the form's now.
        robot.targetWindow(read(() -> pane.getScene().getWindow()));
        robot.interact(() -> name.positionCaret(name.getLength()));
        robot.eraseText("power".length()).write("threat");
        waitUntil(() -> name.getText().equals("Balance of threat"));
        robot.type(KeyCode.ENTER);
        waitUntilProject(wb -> wb.codebook().current().codeNamed("Balance of threat").isPresent());
        waitUntil(() -> pane.getScene() == null || !pane.getScene().getWindow().isShowing());
        String saved = fromProject(wb -> wb.codebook().current().codeNamed("Balance of threat").orElseThrow()
                .definition());
        assertThat(saved).isEqualTo("States weigh each other's capabilities, in my own words");
        assertThat(dialogs.errors).isEmpty();
    }
}
