package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sequence that lost data: open a document, add a code (Ctrl+Shift+A), press Save details. The scenario
 * shown, the scenario stored and Table 1 stay as they were, and the cell's passage list follows the change.
 */
class CodebookChangeKeepsDetailsRobotTest extends RobotWindow {
    private static final String TITLE = "Interview to Bloomberg";

    /** Waits until every workbench call queued so far has run and applied its result (one background thread). */
    private void drainBackgroundWork(FxRobot robot) throws Exception {
        boolean[] done = new boolean[1];
        robot.interact(() -> main.context().read(wb -> true, ok -> done[0] = true));
        waitUntil(() -> done[0]);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int disbanding() {
        return table1Column("Disbanding");
    }

    private String realismDisbanding() {
        return table1Row("Realism").cells().get(disbanding());
    }

    @Test
    void addingACodeNeitherBlanksNorClearsTheOpenDocumentsScenario(FxRobot robot) throws Exception {
        waitUntil(() -> !main.documents().rows().isEmpty() && !main.table1().rows().isEmpty());
        Document bloomberg = listedDocument(d -> d.meta().title().startsWith(TITLE));
        String scenario = bloomberg.meta().scenario();
        assertThat(scenario).isNotBlank();
        String before = realismDisbanding();
        robot.interact(() -> main.documents().select(bloomberg.id()));
        ComboBox<?> scenarioBox = find(robot, "#metadataScenario", ComboBox.class);
        waitUntil(() -> scenario.equals(scenarioBox.getValue()));
        int row = table1Row("Realism").index();
        int column = disbanding();
        robot.interact(() -> main.table1().selectCell(row, column));
        waitUntil(() -> !main.table1().cellPassages().isEmpty());
        int listed = main.table1().cellPassages().size();

        robot.interact(() -> window.scene().getRoot().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#entryName").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#entryName").write("Security dilemma talk").type(KeyCode.ENTER);
        waitUntil(() -> main.codebook().codebook().codeNamed("Security dilemma talk").isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(read(scenarioBox::getValue)).isEqualTo(scenario);
        assertThat(read(() -> main.metadata().scenarioProperty().get())).isEqualTo(scenario);
        selectTab(robot, "Details");
        robot.clickOn(find(robot, "#saveDetails", Button.class));
        drainBackgroundWork(robot);
        assertThat(main.context().workbench().documents().require(bloomberg.id()).meta().scenario()).isEqualTo(scenario);
        WaitForAsyncUtils.waitForFxEvents();
        drainBackgroundWork(robot);
        assertThat(realismDisbanding()).isEqualTo(before);
        assertThat(main.table1().cellPassages()).hasSize(listed);
        assertThat(dialogs.errors).isEmpty();
    }
}
