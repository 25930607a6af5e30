package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * A researcher working through a transcript by keyboard could select text and code it, but reach a passage already
 * coded (to read it, write its memo, recode it) only with a click on it. F8 and Shift+F8 (Edit → Next passage,
 * Previous passage) now select the next and previous passage in the text from wherever the keyboard is, the text
 * taking the keyboard; past the last one the status bar says there is none.
 */
class PassageByPassageRobotTest extends RobotWindow {
    @Test
    void f8AndShiftF8SelectTheNextAndPreviousPassageAndSayWhenThereIsNoMore(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        robot.interact(() -> main.documents().select(1));
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> main.document().documentProperty().get() != null
                && main.document().documentProperty().get().id() == 1 && !area.getText().isEmpty());
        List<TextRange> spans = read(() -> main.document().documentProperty().get().passages()).stream()
                .sorted(Comparator.comparingInt(Segment::start).thenComparingInt(Segment::end))
                .map(s -> new TextRange(s.start(), s.end())).distinct().toList();
        assertThat(spans).hasSizeGreaterThanOrEqualTo(2);
        @SuppressWarnings("unchecked")
        TreeView<Object> codebook = find(robot, "#codebookTree", TreeView.class);
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(0);
        });

        robot.type(KeyCode.F8);
        waitUntil(() -> spans.get(0).equals(main.document().selectionProperty().get()));
        robot.type(KeyCode.F8);
        waitUntil(() -> spans.get(1).equals(main.document().selectionProperty().get()));
        robot.press(KeyCode.SHIFT).type(KeyCode.F8).release(KeyCode.SHIFT);
        waitUntil(() -> spans.get(0).equals(main.document().selectionProperty().get()));

        // From elsewhere in the window the key reaches the text, which takes the keyboard.
        robot.interact(codebook::requestFocus);
        for (int i = 1; i < spans.size(); i++) {
            robot.type(KeyCode.F8);
            TextRange expected = spans.get(i);
            waitUntil(() -> expected.equals(main.document().selectionProperty().get()));
        }
        assertThat(read(area::isFocused)).as("the text has the keyboard").isTrue();
        robot.type(KeyCode.F8);
        waitUntil(() -> main.status().lastResultProperty().get().startsWith("No passage after this place in “"));
        assertThat(read(() -> main.document().selectionProperty().get())).isEqualTo(spans.get(spans.size() - 1));
    }
}
