package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * Tabbed into a list where nothing is chosen yet, the first Down chooses the first row, here the passages of a Table 1
 * cell. It chose the second, the first reached only by going back up.
 */
class FirstDownRobotTest extends RobotWindow {

    @Test
    void theFirstDownInACellsPassagesChoosesTheFirst(FxRobot robot) throws Exception {
        waitUntil(() -> !main.table1().rows().isEmpty());
        selectTab(robot, "Table 1");
        int column = table1Column("Disbanding");
        int row = table1Row("Realism").index();
        robot.interact(() -> main.table1().selectCell(row, column));
        ListView<?> passages = find(robot, "#table1Passages", ListView.class);
        waitUntil(() -> passages.getItems().size() > 2);
        robot.interact(passages::requestFocus);
        robot.type(KeyCode.DOWN);
        assertThat(settled(() -> passages.getSelectionModel().getSelectedIndex(), i -> i >= 0))
                .as("the passage chosen by the first Down").isZero();

    }
}
