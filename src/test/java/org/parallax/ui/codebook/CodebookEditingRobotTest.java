package org.parallax.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.parallax.model.Code;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/** The codebook edited in the real window: the code dialog's controls, the filter box and dragging a code. */
class CodebookEditingRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    private Code stored(String name) {
        return main.context().workbench().codebook().current().codeNamed(name).orElse(null);
    }

    /**
     * The Codebook menu's commands on one entry, and the panel's buttons, are greyed out until something in the
     * codebook is selected; they looked ready and answered with a box saying what to select.
     */
    @Test
    void theCommandsOnAnEntryWaitForOneToBeSelected(FxRobot robot) throws Exception {
        waitUntil(() -> !main.codebook().roots().isEmpty());
        java.util.List<String> onAnEntry = java.util.List.of("Edit…", "Rename…", "Merge into…", "Move to frame…",
                "Coding key…", "Delete…");
        java.util.List<String> buttons = java.util.List.of("Edit…", "Merge…", "Delete");
        assertThat(read(() -> main.codebook().selectedProperty().get())).isNull();
        assertThat(read(() -> onAnEntry.stream()
                .filter(text -> !menuItem(robot, "Codebook", text).isDisable()).toList())).isEmpty();
        assertThat(read(() -> buttons.stream()
                .filter(text -> !panelButton(robot, text).isDisabled()).toList())).isEmpty();
        assertThat(read(() -> menuItem(robot, "Codebook", "Add code…").isDisable()))
                .isFalse();

        robot.clickOn(codebookCell(robot, "Balance of power"));
        waitUntil(() -> read(() -> main.codebook().selectedProperty().get()) != null);
        assertThat(read(() -> onAnEntry.stream()
                .filter(text -> menuItem(robot, "Codebook", text).isDisable()).toList())).isEmpty();
        assertThat(read(() -> buttons.stream()
                .filter(text -> panelButton(robot, text).isDisabled()).toList())).isEmpty();
    }

    private static Button panelButton(FxRobot robot, String text) {
        return find(robot, "#codeSelection", Button.class).getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Button b && b.getText().equals(text)).map(Button.class::cast).findFirst()
                .orElseThrow();
    }

    @Test
    void theCodeDialogEditsEveryDetailOfAnExistingCode(FxRobot robot) throws Exception {
        waitUntil(() -> !main.codebook().roots().isEmpty());
        robot.clickOn(codebookCell(robot, "Balance of power"));
        robot.type(KeyCode.F4);
        waitUntil(() -> robot.lookup("#entryDescription").match(NodeQueryUtils.isVisible()).tryQuery().isPresent()
                && robot.lookup("OK").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        TextArea definition = find(robot, "#entryDescription", TextArea.class);
        TextField key = find(robot, "#entryKey", TextField.class);
        ColorPicker colour = find(robot, "#entryColour", ColorPicker.class);
        @SuppressWarnings("unchecked")
        ComboBox<EntryForm.Place> place = find(robot, "#entryPlace", ComboBox.class);
        DialogPane pane = find(robot, ".dialog-pane", DialogPane.class);
        robot.interact(() -> {
            definition.setText("Power balanced against power");
            key.setText("9");
            colour.setValue(Color.web("#336699"));
            place.setValue(place.getItems().stream().filter(p -> p.label().equals("Frame: Constructivism"))
                    .findFirst().orElseThrow());
        });
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());

        waitUntil(() -> !dialogs.errors.isEmpty()
                || "Power balanced against power".equals(stored("Balance of power").definition()));
        assertThat(dialogs.errors).isEmpty();
        waitUntil(() -> "Power balanced against power".equals(stored("Balance of power").definition()));
        Code code = stored("Balance of power");
        assertThat(code.shortcut()).isEqualTo(9);
        assertThat(code.color()).isEqualTo("#336699");
        assertThat(main.context().workbench().codebook().current().frame(code.frameId()).orElseThrow().name())
                .isEqualTo("Constructivism");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aNewCodeFromTheDialogGetsAPaletteColourAndTheFilterFindsIt(FxRobot robot) throws Exception {
        waitUntil(() -> !main.codebook().roots().isEmpty());
        robot.clickOn(codebookCell(robot, "Realism"));
        robot.clickOn("Add code");
        waitUntil(() -> robot.lookup("#entryName").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#entryName").write("Arms race talk").type(KeyCode.ENTER);
        waitUntil(() -> stored("Arms race talk") != null);
        Code made = stored("Arms race talk");
        assertThat(made.color()).isNotIn("#9e9e9e", "#888888", null);
        assertThat(main.context().workbench().codebook().current().codes().stream()
                .filter(c -> c.id() != made.id()).map(Code::color)).doesNotContain(made.color());

        robot.clickOn("#codebookFilter").write("arms");
        @SuppressWarnings("unchecked")
        TreeView<CodebookNode> tree = find(robot, "#codebookTree", TreeView.class);
        waitUntil(() -> tree.getRoot().getChildren().size() == 1);
        assertThat(read(() -> tree.getRoot().getChildren().get(0).getValue().name())).isEqualTo("Realism");
        assertThat(read(() -> tree.getRoot().getChildren().get(0).getChildren().stream().map(i -> i.getValue().name())
                .toList())).containsExactly("Arms race talk");
    }

    @Test
    void draggingACodeOntoAnotherFrameMovesIt(FxRobot robot) throws Exception {
        waitUntil(() -> !main.codebook().roots().isEmpty());
        robot.moveTo(codebookCell(robot, "Balance of power")).press(MouseButton.PRIMARY).moveBy(5, 5).moveBy(10, 10)
                .moveTo(codebookCell(robot, "Constructivism")).release(MouseButton.PRIMARY);
        waitUntil(() -> main.context().workbench().codebook().current().frame(stored("Balance of power").frameId())
                .orElseThrow().name().equals("Constructivism"));
        waitUntil(() -> main.undo().undoLabelProperty().get().equals("Undo Move code Balance of power"));
    }

    /**
     * Codes picked with Ctrl-click go to a frame together through Codebook → Move to frame… (an imported codebook's
     * many codes under "Other codes" went one at a time), and one Edit → Undo brings them all back.
     */
    @Test
    void codesPickedWithCtrlClickMoveToAFrameTogether(FxRobot robot) throws Exception {
        waitUntil(() -> !main.codebook().roots().isEmpty());
        robot.clickOn(codebookCell(robot, "Balance of power"));
        robot.press(KeyCode.CONTROL).clickOn(codebookCell(robot, "Perception of threatening behavior"))
                .release(KeyCode.CONTROL);
        waitUntil(() -> read(() -> main.codebook().chosen().size()) == 2);
        dialogs.choiceAnswer = "Constructivism";

        robot.interact(() -> menuItem(robot, "Codebook", "Move to frame…").fire());

        waitUntil(() -> read(() -> main.undo().undoLabelProperty().get()).equals("Undo Move 2 codes to Constructivism"));
        java.util.List<String> frames = fromProject(wb -> java.util.stream.Stream.of("Balance of power",
                "Perception of threatening behavior").map(n -> wb.codebook().current().frame(wb.codebook().current()
                .codeNamed(n).orElseThrow().frameId()).orElseThrow().name()).toList());
        assertThat(frames).containsExactly("Constructivism", "Constructivism");
        robot.interact(() -> main.undo().undo());
        waitUntilProject(wb -> wb.codebook().current().frame(wb.codebook().current()
                .codeNamed("Perception of threatening behavior").orElseThrow().frameId()).orElseThrow().name()
                .equals("Realism"));
        assertThat(dialogs.errors).isEmpty();
    }

    /**
     * After Move to frame the tree showed two rows highlighted, the codes moved and a row that took a moved one's old
     * place: a key pressed next (Delete, F2) acted on one of them and a second Move to frame on both.
     */
    @Test
    void theCodesMovedToAFrameAreTheOnlyRowsSelectedAfterwards(FxRobot robot) throws Exception {
        waitUntil(() -> !main.codebook().roots().isEmpty());
        robot.clickOn(codebookCell(robot, "Balance of power"));
        waitUntil(() -> read(() -> main.codebook().chosen().size()) == 1);
        dialogs.choiceAnswer = "Constructivism";

        robot.interact(() -> menuItem(robot, "Codebook", "Move to frame…").fire());

        assertThat(selectedOnceUnder(robot, "Constructivism")).containsExactly("Balance of power");

        robot.press(KeyCode.CONTROL).clickOn(codebookCell(robot, "Perception of threatening behavior"))
                .release(KeyCode.CONTROL);
        waitUntil(() -> read(() -> main.codebook().chosen().size()) == 2);
        dialogs.choiceAnswer = "Realism";
        robot.interact(() -> menuItem(robot, "Codebook", "Move to frame…").fire());

        assertThat(selectedOnceUnder(robot, "Realism"))
                .containsExactlyInAnyOrder("Balance of power", "Perception of threatening behavior");
        assertThat(dialogs.errors).isEmpty();
    }

    /** The names of the rows selected once the tree shows the selected row under {@code frame}. */
    private java.util.List<String> selectedOnceUnder(FxRobot robot, String frame) throws Exception {
        @SuppressWarnings("unchecked")
        TreeView<CodebookNode> tree = find(robot, "#codebookTree", TreeView.class);
        waitUntil(() -> read(() -> tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getParent().getValue() != null
                && tree.getSelectionModel().getSelectedItem().getParent().getValue().name().equals(frame)));
        drainTasks();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return read(() -> tree.getSelectionModel().getSelectedItems().stream().filter(java.util.Objects::nonNull)
                .map(i -> i.getValue().name()).toList());
    }
}
