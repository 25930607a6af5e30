package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CaretNode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * The sample worked in the real window by a researcher who does not use the mouse (RSI, a screen reader, a fast
 * coder): every pane is reached and left again from the keyboard.
 */
class KeyboardOnlyRobotTest extends RobotWindow {

    private Node focused() {
        return read(() -> stage.getScene().getFocusOwner());
    }

    private String id(Node node) {
        return node == null ? "nothing" : node.getId();
    }

    @Test
    void tabLeavesTheDocumentTextForwardAndBackward(FxRobot robot) throws Exception {
        waitUntil(() -> !window.text().area().getText().isEmpty());
        Node text = window.text().area();
        robot.interact(text::requestFocus);
        robot.type(KeyCode.TAB);
        assertThat(id(settled(this::focused, n -> n != text))).as("the focus after Tab in the text")
                .isEqualTo("lensChoice");

        robot.interact(text::requestFocus);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(id(settled(this::focused, n -> n != text))).as("the focus after Shift+Tab in the text")
                .isEqualTo("documentsTable");
    }

    /** What a pane looks like: its background layers and its border, as the theme computed them. */
    private static List<Object> look(Region pane) {
        return read(() -> java.util.Arrays.asList(pane.getBackground(), pane.getBorder()));
    }

    @Test
    void thePaneThatHasTheKeyboardIsFramedAndTheTextShowsItsCaret(FxRobot robot) throws Exception {
        waitUntil(() -> !window.text().area().getText().isEmpty());
        Node filter = find(robot, "#documentFilter", Node.class);
        robot.interact(filter::requestFocus);
        List<Region> panes = List.of(find(robot, "#documentsTable", Region.class), window.text().area(),
                find(robot, "#codebookTree", Region.class));
        for (Region pane : panes) {
            List<Object> unfocused = look(pane);
            robot.interact(pane::requestFocus);
            assertThat(settled(() -> look(pane), now -> !now.equals(unfocused)))
                    .as("%s with the keyboard, framed unlike without it", pane.getId()).isNotEqualTo(unfocused);
        }

        CaretNode caret = window.text().area().getCaretSelectionBind().getUnderlyingCaret();
        robot.interact(window.text().area()::requestFocus);
        assertThat(settled(caret::isVisible, visible -> visible)).as("the caret in the text with the keyboard")
                .isTrue();
    }

    @Test
    void f6GoesFromPaneToPaneAndShiftF6Back(FxRobot robot) throws Exception {
        waitUntil(() -> !window.text().area().getText().isEmpty());
        Node filter = find(robot, "#documentFilter", Node.class);
        robot.interact(filter::requestFocus);
        List<String> reached = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Node before = focused();
            robot.type(KeyCode.F6);
            reached.add(id(settled(this::focused, n -> n != before)));
        }
        Node before = focused();
        robot.press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        reached.add(id(settled(this::focused, n -> n != before)));
        // The filter box is part of the documents pane: the first F6 goes on to the text. The sample's copy names a
        // coder chosen elsewhere, so the strip saying so at the top is a pane until it is answered.
        assertThat(reached).as("the focus after each F6, then Shift+F6").containsExactly("documentText",
                "bottomTabs", "codebookTree", "statusCoder", "coderBarKeep", "documentsTable", "coderBarKeep");
    }

    private String statusLine() {
        return read(() -> main.status().lastResultProperty().get());
    }

    @Test
    void aPassageCodedByKeysIsUndoneAndRedoneSayingWhatWasDone(FxRobot robot) throws Exception {
        waitUntil(() -> !window.text().area().getText().isEmpty());
        String counts = read(() -> main.status().countsProperty().get());
        robot.interact(window.text().area()::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, 3).release(KeyCode.SHIFT);
        robot.type(KeyCode.DIGIT1);
        String coded = settled(() -> main.status().countsProperty().get(), now -> !now.equals(counts));
        assertThat(coded).as("the counts after key 1").isNotEqualTo(counts);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(settled(this::statusLine, line -> !line.isEmpty())).as("the status bar after Ctrl+Z")
                .isEqualTo("Undone: Code passage with Balance of power");
        assertThat(settled(() -> main.status().countsProperty().get(), counts::equals)).isEqualTo(counts);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(settled(this::statusLine, line -> line.startsWith("Redone"))).as("the status bar after redo")
                .isEqualTo("Redone: Code passage with Balance of power");
        assertThat(settled(() -> main.status().countsProperty().get(), coded::equals)).isEqualTo(coded);
    }

    @Test
    void aScreenReaderReadsEachCodesNameKeyAndCount(FxRobot robot) throws Exception {
        Node row = codebookCell(robot, "Balance of power");
        Object spoken = read(() -> row.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        assertThat(spoken).as("what a screen reader reads on the code's row")
                .isEqualTo("Balance of power. Key 1 codes the selected text. 16 passages");
    }
}
