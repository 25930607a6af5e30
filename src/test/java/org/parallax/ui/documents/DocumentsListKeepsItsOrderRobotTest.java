package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * A researcher going down the documents list entering dates: the list is in date order, so each document saved with
 * its date jumped to another place under the mouse, and the next click opened some other document. A row stays where
 * it is until the researcher sorts the list (a click on a column header), which then puts it in its place.
 */
class DocumentsListKeepsItsOrderRobotTest extends RobotWindow {
    private static final LocalDate LATER = LocalDate.of(2025, 1, 31);

    @Test
    void aDocumentGivenADateStaysInItsRowUntilTheListIsSorted(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        TableView<?> table = find(robot, "#documentsTable", TableView.class);
        List<Long> before = shownIds(table);
        Document first = listedDocument(d -> d.id() == before.get(0));
        robot.interact(() -> main.documents().select(first.id()));
        selectTab(robot, "Details");
        TextField date = find(robot, "#metadataDate", TextField.class);
        waitUntil(() -> date.getText().equals(String.valueOf(first.meta().date())));

        robot.clickOn(date).push(KeyCode.CONTROL, KeyCode.A).write(LATER.toString()).push(KeyCode.ENTER);

        waitUntil(() -> main.documents().find(first.id()).map(r -> LATER.equals(r.date())).orElse(false));
        assertThat(shownIds(table)).as("the list after the date was saved").isEqualTo(before);
        assertThat(read(() -> table.getSelectionModel().getSelectedIndex())).isZero();

        robot.clickOn(dateHeader(table));

        waitUntil(() -> shownIds(table).indexOf(first.id()) == 14);
        assertThat(read(() -> ((DocumentRow) table.getSelectionModel().getSelectedItem()).id())).isEqualTo(first.id());
        assertThat(read(() -> table.getSelectionModel().getSelectedIndex())).isEqualTo(14);
    }

    private static TableColumnHeader dateHeader(TableView<?> table) {
        return read(() -> table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                        && "Date".equals(h.getTableColumn().getText()))
                .map(n -> (TableColumnHeader) n).findFirst().orElseThrow());
    }

    private static List<Long> shownIds(TableView<?> table) {
        return copy(() -> table.getItems().stream().map(r -> ((DocumentRow) r).id()).toList());
    }
}
