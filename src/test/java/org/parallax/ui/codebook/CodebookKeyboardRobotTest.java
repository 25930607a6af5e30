package org.parallax.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * The codebook of a researcher's second week, worked in the real window by keyboard: a form opened by its
 * shortcut takes the name typed at once, the selection follows a renamed code and leaves a deleted one, and a
 * deleted code with memos comes back whole with Ctrl+Z.
 */
class CodebookKeyboardRobotTest extends RobotWindow {
    private static final String CODE_MEMO = "Check the overlap with threat perception.";
    private static final String PASSAGE_MEMO = "Read as balancing, not as dialogue.";

    /**
     * The test project with a passage of Balance of power carrying a memo, then a project memo, then a memo on the
     * code itself: the newest memo, whose id SQLite hands out again once the code's memos are deleted.
     */
    @Override
    protected Path project(Path folder) {
        Path project = UiFixture.createProject(folder);
        try (Workbench wb = Workbench.open(project)) {
            long code = wb.codebook().code("Balance of power").id();
            long document = wb.documents().list().get(0).id();
            wb.coding().code(document, 0, 20, code, PASSAGE_MEMO);
            wb.memos().set(MemoTarget.project(), "Week two: the codebook.");
            wb.memos().set(MemoTarget.code(code), CODE_MEMO);
        }
        return project;
    }

    private CodebookNode selected() {
        return read(() -> main.codebook().selectedProperty().get());
    }

    @Test
    void aCodeAddedByItsShortcutIsNamedByTypingAtOnce(FxRobot robot) throws Exception {
        waitUntil(() -> !main.codebook().roots().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#entryName").tryQuery().isPresent());
        Node name = find(robot, "#entryName", Node.class);
        Node focused = settled(() -> name.getScene().getFocusOwner(), n -> n == name);
        assertThat(focused).as("the focus in the new code's form").isSameAs(name);
    }

    @Test
    void aRenamedCodeStaysSelectedAndADeletedOneLeavesNothingSelected(FxRobot robot) throws Exception {
        long id = main.context().workbench().codebook().code("Balance of power").id();
        robot.clickOn(codebookCell(robot, "Balance of power"));
        dialogs.textAnswers.add("Power balancing");
        robot.type(KeyCode.F2);
        codebookCell(robot, "Power balancing");
        CodebookNode afterRename = settled(this::selected, n -> n != null && n.name().equals("Power balancing"));
        assertThat(afterRename).as("the selection after the rename").isNotNull();
        assertThat(afterRename.id()).isEqualTo(id);
        assertThat(afterRename.name()).isEqualTo("Power balancing");

        robot.type(KeyCode.DELETE);
        waitUntil(() -> main.context().workbench().codebook().current().code(id).isEmpty());
        CodebookNode afterDelete = settled(this::selected, n -> n == null);
        assertThat(afterDelete).as("the selection after the delete: no other code to act on by mistake").isNull();
        assertThat(dialogs.errors).isEmpty();
    }

    /** Two frames may name codes alike: each target shows its frame, and none of another frame is chosen at first. */
    @Test
    void theMergeDialogNamesEachCodesFrameAndPreselectsNoneOfAnotherFrame(FxRobot robot) throws Exception {
        Workbench wb = main.context().workbench();
        org.parallax.model.Codebook book = wb.codebook().current();
        org.parallax.model.Code code = wb.codebook().code("Balance of power");
        String frame = book.frame(code.frameId()).orElseThrow().name();
        robot.clickOn(codebookCell(robot, "Balance of power"));
        robot.clickOn("Merge…");
        waitUntil(() -> !dialogs.choices.isEmpty());
        RecordingDialogs.Choice choice = dialogs.choices.get(0);
        assertThat(choice.options()).isNotEmpty().allMatch(o -> o.contains(" › "))
                .anyMatch(o -> !o.startsWith(frame + " › "));
        if (choice.preselected() != null) {
            assertThat(choice.preselected()).startsWith(frame + " › ");
        }
    }

    @Test
    void aDeletedCodeWithMemosComesBackWholeWithCtrlZ(FxRobot robot) throws Exception {
        Workbench wb = main.context().workbench();
        long id = wb.codebook().code("Balance of power").id();
        robot.clickOn(codebookCell(robot, "Balance of power"));
        robot.type(KeyCode.DELETE);
        waitUntil(() -> wb.codebook().current().code(id).isEmpty());
        // the confirmation said what goes with the code, and how to get it back
        assertThat(dialogs.confirmations).last().asString()
                .contains("1 coded passage?", "Its memo", "memos on those passages", "anchor examples", "Ctrl+Z");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !dialogs.errors.isEmpty() || wb.codebook().current().code(id).isPresent());
        assertThat(dialogs.errors).as("errors shown by the undo").isEmpty();
        assertThat(wb.codebook().current().code(id)).isPresent();
        assertThat(wb.codebook().passageCount(id)).isEqualTo(1);
        List<Memo> memos = wb.memos().all();
        assertThat(memos).extracting(Memo::text).contains(CODE_MEMO, PASSAGE_MEMO);
        assertThat(wb.memos().memo(MemoTarget.code(id)).map(Memo::text)).contains(CODE_MEMO);
    }
}
