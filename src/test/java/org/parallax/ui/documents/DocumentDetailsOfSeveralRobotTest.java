package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * A researcher selects several documents in the list with Ctrl+click to set a detail they share, or to remove them.
 * The list selected one document at a time, so each document's type, actor and scenario were set one by one, and
 * no document could be removed at all.
 */
class DocumentDetailsOfSeveralRobotTest extends RobotWindow {
    @Test
    void ctrlClickedDocumentsGetTheActorTypedOnceInTheDetailsTab(FxRobot robot) throws Exception {
        List<DocumentRow> two = selectFirstTwo(robot);
        selectTab(robot, "Details");
        TextField title = find(robot, "#metadataTitle", TextField.class);
        assertThat(read(title::getPromptText)).startsWith("2 documents selected");

        robot.clickOn("#metadataActor").push(KeyCode.CONTROL, KeyCode.A).write("NATO allies");
        robot.clickOn("#saveDetails");

        waitUntil(() -> two.stream().allMatch(r -> "NATO allies".equals(
                main.documents().find(r.id()).orElseThrow().actor())));
        TableView<?> table = find(robot, "#documentsTable", TableView.class);
        assertThat(read(() -> table.getSelectionModel().getSelectedItems().size()))
                .as("both rows stay selected after the list reloads").isEqualTo(2);
        assertThat(read(() -> main.documents().rows().stream().filter(r -> "NATO allies".equals(r.actor()))
                .count())).isEqualTo(2);
    }

    @Test
    void theDeleteKeyRemovesTheSelectedDocumentsOnceConfirmedAndTheListGoesOnAtTheNext(FxRobot robot)
            throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        // Sorted by title, the document after the first two is not the one after them in date order.
        robot.clickOn(read(() -> robot.lookup(".column-header").match(n -> n.lookup(".label") instanceof javafx.scene
                .control.Label l && "Title".equals(l.getText())).<javafx.scene.Node>query()));
        List<DocumentRow> two = selectFirstTwo(robot);
        TableView<?> table = find(robot, "#documentsTable", TableView.class);
        long third = read(() -> ((DocumentRow) table.getItems().get(2)).id());

        robot.push(KeyCode.DELETE);

        waitUntil(() -> main.documents().rows().size() == 13);
        assertThat(dialogs.confirmations).singleElement().asString().startsWith("Remove 2 documents");
        assertThat(read(() -> two.stream().noneMatch(r -> main.documents().find(r.id()).isPresent())))
                .isTrue();
        waitUntil(() -> main.document().documentProperty().get() != null);
        assertThat(read(() -> main.document().documentProperty().get().id()))
                .as("the reading view opens the document after those removed, in the list's order").isEqualTo(third);
        assertThat(read(() -> ((DocumentRow) table.getSelectionModel().getSelectedItem()).id()))
                .isEqualTo(third);
        assertThat(read(() -> table.getSelectionModel().getSelectedIndex())).isZero();
    }

    /** Clicks the list's first row, then Ctrl+clicks its second; returns the two rows. */
    private List<DocumentRow> selectFirstTwo(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        TableView<?> table = find(robot, "#documentsTable", TableView.class);
        robot.clickOn(row(table, 0));
        robot.press(KeyCode.CONTROL).clickOn(row(table, 1)).release(KeyCode.CONTROL);
        waitUntil(() -> main.documents().chosenRows().size() == 2);
        return read(() -> List.copyOf(main.documents().chosenRows()));
    }

    /** The row showing item {@code index}, once the list has laid it out (a pass after its items arrive). */
    private static TableRow<?> row(TableView<?> table, int index) throws Exception {
        Callable<Optional<TableRow<?>>> shown = () -> read(() -> table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getIndex() == index && r.getItem() != null)
                .<TableRow<?>>map(n -> (TableRow<?>) n).findFirst());
        waitUntil(() -> shown.call().isPresent());
        return shown.call().orElseThrow();
    }
}
