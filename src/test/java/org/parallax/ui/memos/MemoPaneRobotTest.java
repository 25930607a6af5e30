package org.parallax.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.model.MemoRow;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.coding.HighlightStyle;
import org.parallax.ui.documents.DocumentRow;
import org.testfx.api.FxRobot;

/** Typing a memo in the real window saves it as you type, and undo takes back the whole session at once. */
class MemoPaneRobotTest extends RobotWindow {
    private Optional<Memo> stored(MemoTarget target) {
        return main.context().workbench().memos().memo(target);
    }

    @Test
    void typingADocumentMemoSavesItAndOneUndoRemovesTheWholeSession(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        DocumentRow first = read(() -> main.documents().rows().get(0));
        robot.interact(() -> main.documents().select(first.id()));
        selectTab(robot, "Memo");
        TextArea memo = find(robot, "#memoText", TextArea.class);
        waitUntil(() -> !memo.isDisabled() && main.memo().headingProperty().get().contains(first.title()));

        robot.clickOn(memo);
        robot.write("Signed in Paris");
        robot.type(KeyCode.ENTER);
        robot.write("second line");
        MemoTarget target = MemoTarget.document(first.id());
        waitUntil(() -> stored(target).map(Memo::text).orElse("").equals("Signed in Paris\nsecond line"));
        robot.write(", more");
        waitUntil(() -> stored(target).map(Memo::text).orElse("").endsWith("second line, more"));
        waitUntil(() -> main.undo().undoLabelProperty().get().equals("Undo Edit document memo"));
        assertThat(main.context().workbench().history().canUndo()).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.Z);

        waitUntil(() -> stored(target).isEmpty());
        waitUntil(() -> memo.getText().isEmpty());
        assertThat(main.context().workbench().history().canUndo()).as("the whole session was one action").isFalse();

        selectTab(robot, "Memos");
        robot.interact(() -> main.memos().kindProperty().set(org.parallax.model.MemoKind.PASSAGE));
        TableView<?> table = find(robot, "#memosTable", TableView.class);
        long passageMemos = main.context().workbench().coding().segments().stream().filter(s -> s.memo() != null).count();
        waitUntil(() -> table.getItems().size() == passageMemos && passageMemos > 0);
    }

    @Test
    void ctrlShiftZAndCtrlYInTheMemoRedoWhatCtrlZUndid(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        DocumentRow first = read(() -> main.documents().rows().get(0));
        robot.interact(() -> main.documents().select(first.id()));
        selectTab(robot, "Memo");
        TextArea memo = find(robot, "#memoText", TextArea.class);
        waitUntil(() -> !memo.isDisabled() && main.memo().headingProperty().get().contains(first.title()));
        robot.clickOn(memo);
        robot.write("Signed in Paris");
        MemoTarget target = MemoTarget.document(first.id());
        waitUntil(() -> stored(target).map(Memo::text).orElse("").equals("Signed in Paris"));
        waitUntil(() -> main.undo().undoLabelProperty().get().equals("Undo Edit document memo"));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> stored(target).isEmpty() && memo.getText().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> stored(target).map(Memo::text).orElse("").equals("Signed in Paris"));
        waitUntil(() -> memo.getText().equals("Signed in Paris"));
        assertThat(read(memo::isFocused)).as("the keyboard stays in the memo").isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> stored(target).isEmpty() && memo.getText().isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> stored(target).map(Memo::text).orElse("").equals("Signed in Paris"));
        waitUntil(() -> memo.getText().equals("Signed in Paris"));
        assertThat(main.context().workbench().history().canRedo()).isFalse();
    }

    @Test
    void aPassageMemoIsMarkedInTheTextAndShownInTheTooltip(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        Segment withMemo = main.context().workbench().coding().segments().stream().filter(s -> s.memo() != null)
                .findFirst().orElseThrow();
        robot.interact(() -> main.openPassage(withMemo.documentId(), withMemo.start(), withMemo.end()));
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> area.getLength() > withMemo.end()
                && area.getStyleOfChar(withMemo.start() + 1).contains(HighlightStyle.MEMO_MARK.strip()));
        assertThat(main.document().codeNamesAt(withMemo.start() + 1))
                .anyMatch(line -> line.contains("Memo: " + withMemo.memo().strip().lines().findFirst().orElseThrow()));

        selectTab(robot, "Memo");
        robot.clickOn("#memoKind-passage");
        TextArea memo = find(robot, "#memoText", TextArea.class);
        waitUntil(() -> memo.getText().equals(withMemo.memo()));
        robot.clickOn(memo);
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.write(" (checked)");
        MemoTarget target = MemoTarget.passage(withMemo.id());
        waitUntil(() -> stored(target).map(Memo::text).orElse("").equals(withMemo.memo() + " (checked)"));
        waitUntil(() -> area.getStyleOfChar(withMemo.start() + 1).contains(HighlightStyle.MEMO_MARK.strip()));
        selectTab(robot, "Memos");
        waitUntil(() -> main.memos().rows().stream().map(MemoRow::text).toList().contains(withMemo.memo() + " (checked)"));
    }
}
