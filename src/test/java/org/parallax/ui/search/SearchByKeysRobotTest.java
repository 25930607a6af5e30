package org.parallax.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.coding.TextRange;
import org.parallax.workbench.SearchHit;
import org.testfx.api.FxRobot;

/**
 * A researcher looks a word up with Ctrl+F, walks the hits with the arrows and codes one with its code's key, the
 * counts following; Escape takes them back to where they pressed Ctrl+F.
 */
class SearchByKeysRobotTest extends RobotWindow {

    /** The cell chosen as the arrows choose it: selected, with the keyboard on it. */
    private static <S> void chooseCell(TableView<S> table, int row, int column) {
        table.getSelectionModel().clearAndSelect(row, table.getColumns().get(column));
    }

    /**
     * At a cell of Table 1, a passage of the document open selected, Ctrl+F, a word looked up, F3 to a hit in another
     * document, then Escape: the document open again with the passage selected and the keyboard on the same cell.
     */
    @Test
    void escapeInTheSearchTabGoesBackToTheCellAndThePassageCtrlFLeft(FxRobot robot) throws Exception {
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> main.document().documentProperty().get() != null
                && !main.document().documentProperty().get().passages().isEmpty()
                && area.getLength() == main.document().documentProperty().get().text().length());
        long reading = read(() -> main.document().documentProperty().get().id());
        int start = read(() -> main.document().documentProperty().get().passages().get(0).start());
        int end = read(() -> main.document().documentProperty().get().passages().get(0).end());
        robot.interact(() -> area.selectRange(start, end));
        TextRange selected = settled(() -> main.document().selectionProperty().get(), s -> s != null && !s.isEmpty());
        selectTab(robot, "Table 1");
        TableView<?> table1 = find(robot, "#table1", TableView.class);
        waitUntil(() -> table1.getItems().size() > 2 && table1.getColumns().size() > 3);
        robot.interact(() -> {
            table1.requestFocus();
            chooseCell(table1, 2, 3);
        });
        TablePosition<?, ?> cell = settled(() -> table1.getFocusModel().getFocusedCell(), c -> c.getRow() == 2);

        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("sanctions");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !main.search().rows().isEmpty());
        robot.type(KeyCode.F3);
        waitUntil(() -> main.document().documentProperty().get() != null
                && main.document().documentProperty().get().id() != reading);
        robot.type(KeyCode.ESCAPE);

        TabPane tabs = find(robot, "#bottomTabs", TabPane.class);
        assertThat(settled(() -> tabs.getSelectionModel().getSelectedItem().getText(), t -> t.equals("Table 1")))
                .as("the tab in front after Escape").isEqualTo("Table 1");
        Node focused = settled(() -> window.scene().getFocusOwner(), f -> f == table1);
        assertThat(focused).as("the keyboard after Escape").isSameAs(table1);
        TablePosition<?, ?> back = read(() -> table1.getFocusModel().getFocusedCell());
        assertThat(new int[] {back.getRow(), read(() -> table1.getColumns().indexOf(back.getTableColumn()))})
                .as("the cell with the keyboard after Escape")
                .containsExactly(cell.getRow(), read(() -> table1.getColumns().indexOf(cell.getTableColumn())));
        assertThat(settled(() -> main.document().documentProperty().get().id(), id -> id == reading))
                .as("the document open after Escape").isEqualTo(reading);
        assertThat(settled(() -> main.document().selectionProperty().get(), selected::equals))
                .as("the selection in it").isEqualTo(selected);
        assertThat(read(() -> main.documents().selectedProperty().get().id()))
                .as("the document chosen in the list").isEqualTo(reading);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void downFromTheQueryWalksTheHitsAndACodesKeyCodesTheOneOpen(FxRobot robot) throws Exception {
        waitUntil(() -> main.document().documentProperty().get() != null && !main.table1().rows().isEmpty());
        String before = table1Row("Balance of power").cells().get(table1Column("Total"));
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("sanctions");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> main.search().rows().size() > 2);

        robot.type(KeyCode.DOWN);
        TableView<?> results = find(robot, "#searchResults", TableView.class);
        assertThat(settled(() -> window.scene().getFocusOwner(), f -> f == results)).as("the keyboard after Down")
                .isSameAs(results);
        assertThat(settled(() -> main.search().currentProperty().get(), h -> h != null))
                .as("the hit open after Down").isEqualTo(read(() -> main.search().rows().get(0)));
        robot.type(KeyCode.DOWN);
        SearchHit second = read(() -> main.search().rows().get(1));
        assertThat(settled(() -> main.search().currentProperty().get(), second::equals))
                .as("the hit open after a second Down").isEqualTo(second);
        waitUntil(() -> second.equals(main.search().currentProperty().get())
                && main.document().documentProperty().get().id() == second.documentId()
                && new TextRange(second.start(), second.end()).equals(main.document().selectionProperty().get()));

        robot.type(KeyCode.DIGIT1);
        waitUntilProject(wb -> wb.coding().segmentsOfDocument(second.documentId()).stream()
                .anyMatch(s -> s.start() == second.start() && s.end() == second.end()));
        assertThat(read(() -> main.search().queryProperty().get())).as("the query after the key").isEqualTo("sanctions");
        assertThat(settled(() -> table1Row("Balance of power").cells().get(table1Column("Total")),
                now -> count(now) == count(before) + 1)).as("Balance of power's total in Table 1, %s before", before)
                .startsWith(String.valueOf(count(before) + 1));
    }

    /** The passages of a Table 1 cell, "17 (13)" or "–" for none. */
    private static int count(String cell) {
        String number = cell.split(" ")[0];
        return number.chars().allMatch(Character::isDigit) ? Integer.parseInt(number) : 0;
    }
}
