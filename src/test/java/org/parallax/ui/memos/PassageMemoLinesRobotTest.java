package org.parallax.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.app.FxDialogService;
import org.parallax.ui.passages.PassageRow;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/**
 * A passage memo of several paragraphs, edited from the text's passage menu or the Passages list, keeps its line
 * breaks: the one-line field both offered showed it run together and OK saved it so ("deterrentSecond thought").
 */
class PassageMemoLinesRobotTest extends RobotWindow {
    private static final String MEMO = "Nuclear parity as deterrent.\n\nSecond thought: compare with Munich 2007.";
    private static final String ADDED = " Check.";

    private Segment passage;

    @BeforeEach
    void aPassageWithAMemoOfTwoParagraphs(FxRobot robot) throws Exception {
        dialogs.shownMemoDialogs = new FxDialogService(stage);
        waitUntil(() -> main.document().documentProperty().get() != null
                && !main.document().documentProperty().get().passages().isEmpty());
        long id = read(() -> main.document().documentProperty().get().passages().get(0).id());
        robot.interact(() -> main.context().write(wb -> wb.coding().setMemo(id, MEMO)));
        waitUntil(() -> MEMO.equals(main.context().workbench().coding().segment(id).memo()));
        passage = main.context().workbench().coding().segment(id);
    }

    @Test
    void theTextsPassageMenuEditsTheMemoWithItsParagraphs(FxRobot robot) throws Exception {
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> area.getLength() > passage.end());
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo((passage.start() + passage.end()) / 2);
        });
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        waitUntil(() -> textMenu(area).isPresent());
        MenuItem edit = read(() -> textMenu(area).orElseThrow().getItems().stream()
                .filter(i -> i.getText() != null && i.getText().startsWith("Edit memo of")).findFirst().orElseThrow());
        Platform.runLater(edit::fire);

        addToTheMemoShownAndPressOk(robot);
    }

    @Test
    void aDoubleClickOnTheMemoInThePassagesListEditsItWithItsParagraphs(FxRobot robot) throws Exception {
        selectTab(robot, "Passages");
        waitUntil(() -> memoCell(robot).isPresent());
        robot.doubleClickOn(read(() -> memoCell(robot).orElseThrow()));
        waitUntil(() -> !dialogs.memoPrompts.isEmpty());

        addToTheMemoShownAndPressOk(robot);
    }

    private void addToTheMemoShownAndPressOk(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane .text-input").match(NodeQueryUtils.isVisible()).tryQuery()
                .isPresent());
        TextInputControl field = find(robot, ".dialog-pane .text-input", TextInputControl.class);
        String offered = read(field::getText);
        assertThat(offered).as("the memo offered for editing").isEqualTo(MEMO);
        // Typed at the end, as the dialog offers it (headless Monocle gives a dialog's window no keyboard).
        robot.interact(() -> {
            field.end();
            field.replaceSelection(ADDED);
        });
        DialogPane pane = find(robot, ".dialog-pane", DialogPane.class);
        Platform.runLater(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());

        waitUntil(() -> !MEMO.equals(savedMemo()));
        assertThat(savedMemo()).as("the memo saved").isEqualTo(MEMO + ADDED);
    }

    private String savedMemo() {
        return main.context().workbench().coding().segment(passage.id()).memo();
    }

    private static Optional<ContextMenu> textMenu(InlineCssTextArea area) {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu m && m.isShowing()
                && m.getOwnerNode() == area).map(ContextMenu.class::cast).findFirst();
    }

    /** The Memo cell of the passage's row in the Passages list, once listed. */
    private Optional<Node> memoCell(FxRobot robot) {
        return robot.lookup("#passagesTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.isVisible() && c.getTableColumn() != null
                        && c.getTableColumn().getText().startsWith("Memo")
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof PassageRow row
                        && row.id() == passage.id() && MEMO.equals(c.getItem()))
                .map(Node.class::cast).findFirst();
    }
}
