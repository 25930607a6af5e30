package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.WindowSize;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Coding reloads the documents list; the list stays where the researcher left it. It scrolled the open document's
 * row to the top on every coding, hiding the documents above it.
 * The window is low enough that the sample's 15 documents do not all fit the list.
 */
@WindowSize(width = 1280, height = 640)
class DocumentsListStaysPutRobotTest extends RobotWindow {
    private static final String TITLE = "One of the priority issues";

    @Test
    void codingAPassageLeavesTheListWhereItWas(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15 && !main.codebook().roots().isEmpty());
        TableView<?> table = find(robot, "#documentsTable", TableView.class);
        IndexedCell<?> row = read(() -> table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() instanceof DocumentRow d
                        && d.title().startsWith(TITLE))
                .map(n -> (TableRow<?>) n).findFirst().orElseThrow());
        robot.clickOn(row);
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> area.getLength() > 200 && table.getSelectionModel().getSelectedIndex() == 5);
        assertThat(read(() -> firstShown(table))).as("first row shown before coding").isZero();
        int coded = read(this::passagesOfTheDocument);

        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(0, 40);
        });
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> read(this::passagesOfTheDocument) == coded + 1);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(read(() -> firstShown(table))).as("first row shown after coding").isZero();
    }

    private int passagesOfTheDocument() {
        return main.documents().rows().stream().filter(r -> r.title().startsWith(TITLE)).findFirst().orElseThrow()
                .passages();
    }

    private static int firstShown(TableView<?> table) {
        IndexedCell<?> first = ((VirtualFlow<?>) table.lookup(".virtual-flow")).getFirstVisibleCell();
        return first == null ? -1 : first.getIndex();
    }
}
