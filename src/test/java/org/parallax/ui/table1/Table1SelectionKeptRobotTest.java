package org.parallax.ui.table1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.coding.TextRange;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Coding a passage with Table 1 in view (it updates live) moved its selected cell to the row's label: the cell the
 * researcher had chosen, and its passages beside the table, were gone. The cell stays selected and its list follows.
 */
class Table1SelectionKeptRobotTest extends RobotWindow {
    @Test
    void theSelectedCellStaysSelectedWhenAPassageIsCoded(FxRobot robot) throws Exception {
        selectTab(robot, "Table 1");
        TableView<Table1Row> table = find(robot, "#table1", TableView.class);
        waitUntil(() -> table.getItems().size() > 3 && table.getColumns().size() > 3
                && main.document().documentProperty().get() != null);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(2, table.getColumns().get(2));
        });
        waitUntil(() -> !main.table1().cellPassages().isEmpty()
                || main.table1().cellHeadingProperty().get() != null);
        String heading = read(() -> main.table1().cellHeadingProperty().get());
        String rowsBefore = read(() -> main.table1().rows().toString());

        read(() -> {
            main.document().selectionProperty().set(new TextRange(10, 60));
            return main.document().codeWithShortcut(1);
        });
        waitUntil(() -> !main.table1().rows().toString().equals(rowsBefore));
        // Whatever the change queued (the cell's passages read again) has run and been shown.
        drainTasks();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(read(() -> selected(table))).as("the selected cell (row, column)")
                .isEqualTo(List.of(2, 2));
        assertThat(read(() -> main.table1().cellHeadingProperty().get())).as("the cell's passages")
                .isEqualTo(heading);
    }

    private static List<Integer> selected(TableView<Table1Row> table) {
        List<TablePosition> cells = table.getSelectionModel().getSelectedCells();
        return cells.isEmpty() ? List.of() : List.of(cells.get(0).getRow(), cells.get(0).getColumn());
    }
}
