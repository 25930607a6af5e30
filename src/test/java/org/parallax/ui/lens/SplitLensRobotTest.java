package org.parallax.ui.lens;

import org.parallax.ui.RobotWindow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.ComboBox;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.ui.coding.FrameLens;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The split lens view in the real window on headless Monocle, on the sample project. */
class SplitLensRobotTest extends RobotWindow {
    @Test
    void toggleShowsTheDocumentTwiceOneFramePerSideScrollingTogether(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen() && !main.documents().rows().isEmpty());
        long busiest = WaitForAsyncUtils.asyncFx(() -> main.context().workbench().coding().segments().stream()
                .collect(Collectors.groupingBy(Segment::documentId, Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey()).get();
        robot.interact(() -> main.documents().select(busiest));
        waitUntil(() -> main.document().documentProperty().get() != null
                && main.document().documentProperty().get().id() == busiest);

        robot.clickOn("#splitLensToggle");

        InlineCssTextArea left = find(robot, "#lensLeftText", InlineCssTextArea.class);
        InlineCssTextArea right = find(robot, "#lensRightText", InlineCssTextArea.class);
        String text = main.document().documentProperty().get().text();
        waitUntil(() -> left.getText().equals(text) && right.getText().equals(text));
        ComboBox<FrameLens> leftFrame = find(robot, "#lensLeftFrame", ComboBox.class);
        ComboBox<FrameLens> rightFrame = find(robot, "#lensRightFrame", ComboBox.class);
        assertThat(read(() -> leftFrame.getValue().name())).isEqualTo("Realism");
        assertThat(read(() -> rightFrame.getValue().name())).isEqualTo("Constructivism");
        LensSide side = main.splitLens().leftProperty().get();
        Segment first = side.passages().stream().min(Comparator.comparingInt(Segment::start)).orElseThrow();
        assertThat(left.getStyleAtPosition(first.start() + 1)).contains("-rtfx-background-color");
        assertThat(left.getStyleAtPosition(first.start() + 1)).doesNotContain("-rtfx-border-stroke-color");

        // A passage read under both frames: Balance of power over [0, 10), a constructivist code over [5, 20).
        robot.interact(() -> main.context().write(wb -> {
            var book = wb.codebook().current();
            long constructivist = book.codesOf(book.frames().get(1)).get(0).id();
            wb.coding().code(busiest, 0, 10, wb.codebook().code("Balance of power").id(), null);
            wb.coding().code(busiest, 5, 20, constructivist, null);
        }));
        waitUntil(() -> left.getStyleAtPosition(1).contains("-rtfx-border-stroke-color")
                && right.getStyleAtPosition(6).contains("-rtfx-border-stroke-color"));

        robot.interact(() -> left.estimatedScrollYProperty().setValue(300.0));
        waitUntil(() -> Math.abs(right.getEstimatedScrollY() - left.getEstimatedScrollY()) < 1
                && left.getEstimatedScrollY() > 0);
        double before = left.getEstimatedScrollY();
        robot.interact(() -> right.estimatedScrollYProperty().setValue(before / 4));
        waitUntil(() -> Math.abs(right.getEstimatedScrollY() - left.getEstimatedScrollY()) < 1
                && left.getEstimatedScrollY() < before);

        robot.clickOn("#splitLensToggle");
        waitUntil(() -> robot.lookup("#documentText").tryQuery().isPresent());
        assertThat(dialogs.errors).isEmpty();
    }
}
