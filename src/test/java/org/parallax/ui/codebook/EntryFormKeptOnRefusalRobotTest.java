package org.parallax.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/**
 * OK on a code's form closed the form before the project had taken the change: a change the project refused (here
 * a name another code has; a read-only project or a full disk alike) was shown in a box over a form already gone, with
 * the name and definition typed into it. The form now stays open as typed, and closes once a change is taken.
 */
class EntryFormKeptOnRefusalRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    @Test
    void aRefusedNewCodeLeavesItsFormOpenAsTyped(FxRobot robot) throws Exception {
        waitUntil(() -> !main.codebook().roots().isEmpty());
        robot.clickOn(cell(robot, "Realism"));
        robot.clickOn("Add code");
        waitUntil(() -> robot.lookup("#entryName").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        TextField name = find(robot, "#entryName", TextField.class);
        TextArea definition = find(robot, "#entryDescription", TextArea.class);
        DialogPane pane = find(robot, ".dialog-pane", DialogPane.class);
        robot.interact(() -> {
            name.setText("Balance of power");
            definition.setText("States weigh each other's capabilities, in my own words");
        });

        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());

        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).containsExactly("A code named 'Balance of power' already exists");
        waitUntil(() -> !pane.lookupButton(ButtonType.OK).isDisabled());
        boolean open = read(() -> pane.getScene() != null && pane.getScene().getWindow().isShowing());
        assertThat(open).as("the form still open").isTrue();
        String kept = read(definition::getText);
        assertThat(kept).isEqualTo("States weigh each other's capabilities, in my own words");

        robot.interact(() -> name.setText("Balance of threat"));
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
        waitUntilProject(wb -> wb.codebook().current().codeNamed("Balance of threat").isPresent());
        waitUntil(() -> pane.getScene() == null || !pane.getScene().getWindow().isShowing());
        String saved = fromProject(wb -> wb.codebook().current().codeNamed("Balance of threat").orElseThrow()
                .definition());
        assertThat(saved).isEqualTo("States weigh each other's capabilities, in my own words");
    }

    private Node cell(FxRobot robot, String label) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Node> found = new java.util.concurrent.atomic.AtomicReference<>();
        waitUntil(() -> {
            robot.lookup("#codebookTree .tree-cell").queryAllAs(TreeCell.class).stream()
                    .filter(c -> c.getItem() instanceof CodebookNode n && n.name().equals(label)).findFirst()
                    .ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }
}
