package org.parallax.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.WindowSize;
import org.testfx.api.FxRobot;

/**
 * The Analysis tab at 1280×800 on the sample project: the matrix is what the researcher came for, yet under three
 * rows of choices and exports, the counting line and a three-line source balance warning it showed two of its rows
 * whole. The choices take two rows, the exports one menu, and the warning stands beside the cell's passages.
 */
@WindowSize(width = 1280, height = 800)
class MatrixRoomAt1280RobotTest extends RobotWindow {
    /** The sample's frames with their codes and Total: 11 rows, so at least half of them. */
    private static final int ROWS_IN_VIEW = 6;

    @Test
    void theSampleMatrixShowsAtLeastSixWholeRows(FxRobot robot) throws Exception {
        selectTab(robot, "Analysis");
        waitUntil(() -> main.analysis().rows().size() == 11
                && !main.analysis().balanceProperty().get().isEmpty());
        TableView<?> table = find(robot, "#analysisTable", TableView.class);
        assertThat(settled(() -> wholeRows(table), n -> n >= ROWS_IN_VIEW)).isGreaterThanOrEqualTo(ROWS_IN_VIEW);
    }

    /** The table's rows with an item drawn wholly inside the part of the list that shows rows. */
    private static int wholeRows(TableView<?> table) {
        Node shown = table.lookup(".clipped-container");
        Bounds area = shown.localToScene(shown.getLayoutBounds());
        return (int) table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> row && row.isVisible() && !row.isEmpty() && row.getItem() != null)
                .map(n -> n.localToScene(n.getLayoutBounds()))
                .filter(b -> b.getMinY() >= area.getMinY() - 0.5 && b.getMaxY() <= area.getMaxY() + 0.5)
                .count();
    }
}
