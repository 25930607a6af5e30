package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.junit.jupiter.api.Test;
import org.parallax.model.Memo;
import org.parallax.model.MemoRow;
import org.parallax.model.MemoTarget;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.coding.TextRange;
import org.testfx.api.FxRobot;

/**
 * Coding a passage changes counts in the documents list and in Table 1, and both tables re-make their visible cells:
 * a title or row label cell keeps its one tooltip and changes its text, where it built a new one (a popup window's
 * scene) per cell per passage coded, on the frame the researcher waits for after a key press. The Memos list's rows
 * the same when a memo changes.
 */
class CellTooltipsKeptRobotTest extends RobotWindow {

    @Test
    void aCodedPassageKeepsTheTooltipsOfTheDocumentsListAndTable1(FxRobot robot) throws Exception {
        selectTab(robot, "Table 1");
        TableView<?> documents = find(robot, "#documentsTable", TableView.class);
        TableView<?> table1 = find(robot, "#table1", TableView.class);
        waitUntil(() -> !tooltipsByCell(documents).isEmpty() && !tooltipsByCell(table1).isEmpty()
                && main.document().documentProperty().get() != null);
        Map<TableCell<?, ?>, Tooltip> documentsBefore = read(() -> tooltipsByCell(documents));
        Map<TableCell<?, ?>, Tooltip> table1Before = read(() -> tooltipsByCell(table1));
        String countsBefore = read(() -> shownCounts(documents) + "|" + main.table1().rows());

        read(() -> {
            main.document().selectionProperty().set(new TextRange(10, 60));
            return main.document().codeWithShortcut(1);
        });
        waitUntil(() -> !(shownCounts(documents) + "|" + main.table1().rows())
                .equals(countsBefore));
        waitUntil(() -> !documents.isNeedsLayout() && !table1.isNeedsLayout());

        assertKept(documentsBefore, read(() -> tooltipsByCell(documents)));
        assertKept(table1Before, read(() -> tooltipsByCell(table1)));
    }

    @Test
    void aChangedMemoKeepsTheTooltipsOfTheMemosList(FxRobot robot) throws Exception {
        selectTab(robot, "Memos");
        TableView<?> memos = find(robot, "#memosTable", TableView.class);
        waitUntil(() -> tooltipsByRow(memos).size() > 1);
        Map<TableRow<?>, Tooltip> before = read(() -> tooltipsByRow(memos));
        MemoRow first = read(() -> main.memos().rows().get(0));
        MemoTarget target = read(() -> main.context().workbench().memos().all().stream()
                .map(Memo::target).filter(t -> t.kind().label().equals(first.kind()) && t.id() == first.targetId())
                .findFirst().orElseThrow());

        robot.interact(() -> main.context().write(wb -> wb.memos().set(target, first.text() + " (checked)")));
        waitUntil(() -> memos.getItems().toString().contains(first.text() + " (checked)")
                && !memos.isNeedsLayout());

        Map<TableRow<?>, Tooltip> after = read(() -> tooltipsByRow(memos));
        after.keySet().retainAll(before.keySet());
        assertThat(after).as("rows shown before and after").isNotEmpty();
        after.forEach((row, tooltip) -> assertThat(tooltip).as("the tooltip of a row the list kept")
                .isSameAs(before.get(row)));
    }

    /** Each row of the table that shows a tooltip, with it. */
    private static Map<TableRow<?>, Tooltip> tooltipsByRow(TableView<?> table) {
        Map<TableRow<?>, Tooltip> out = new IdentityHashMap<>();
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.getTooltip() != null) {
                out.put(row, row.getTooltip());
            }
        }
        return out;
    }

    private static void assertKept(Map<TableCell<?, ?>, Tooltip> before, Map<TableCell<?, ?>, Tooltip> after) {
        after.keySet().retainAll(before.keySet());
        assertThat(after).as("cells shown before and after").isNotEmpty();
        after.forEach((cell, tooltip) -> assertThat(tooltip).as("the tooltip of a cell the table kept")
                .isSameAs(before.get(cell)));
    }

    /** Each cell of the table that shows a tooltip, with it. */
    private static Map<TableCell<?, ?>, Tooltip> tooltipsByCell(TableView<?> table) {
        Map<TableCell<?, ?>, Tooltip> out = new IdentityHashMap<>();
        for (Node n : table.lookupAll(".table-cell")) {
            if (n instanceof TableCell<?, ?> cell && cell.getTooltip() != null) {
                out.put(cell, cell.getTooltip());
            }
        }
        return out;
    }

    private static String shownCounts(TableView<?> table) {
        return table.getItems().toString();
    }
}
