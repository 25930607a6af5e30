package org.parallax.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TreeCell;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * A scenario's count in the codebook counts the passages coded with it, while its column in Table 1 also holds every
 * passage of a document set to that scenario in Details: a new project showed "Crisis 0 passages" beside a Crisis
 * column of 2. The tooltip now says what the number counts and where the rest are.
 */
class ScenarioCountExplainedRobotTest extends RobotWindow {
    private static final String SCENARIO = "Institutionalized dialogue";

    @Test
    void aScenariosTooltipSaysItCountsPassagesCodedWithItNotItsTable1Column(FxRobot robot) throws Exception {
        waitUntil(() -> cell(robot) != null && cell(robot).getTooltip() != null);

        String tooltip = read(() -> cell(robot).getTooltip().getText());

        assertThat(tooltip).startsWith(SCENARIO + "\n5 passages coded with this scenario; its Table 1 column also "
                + "counts the passages of documents whose scenario (Details) is " + SCENARIO);
    }

    private static TreeCell<?> cell(FxRobot robot) {
        return robot.lookup("#codebookTree .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getItem() instanceof CodebookNode n && n.kind() == CodebookNode.Kind.SCENARIO
                        && n.name().equals(SCENARIO)).findFirst().orElse(null);
    }
}
