package org.parallax.ui.lens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import javafx.scene.control.ComboBox;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.ui.coding.FrameLens;
import org.testfx.api.FxRobot;

/** The split lens view in the real window on headless Monocle, on the sample project. */
class SplitLensRobotTest extends SplitLensRobotWindow {
    @Test
    void toggleShowsTheDocumentTwiceOneFramePerSideScrollingTogether(FxRobot robot) throws Exception {
        long busiest = busiestDocumentShownSplit(robot);

        InlineCssTextArea left = find(robot, "#lensLeftText", InlineCssTextArea.class);
        InlineCssTextArea right = find(robot, "#lensRightText", InlineCssTextArea.class);
        ComboBox<FrameLens> leftFrame = find(robot, "#lensLeftFrame", ComboBox.class);
        ComboBox<FrameLens> rightFrame = find(robot, "#lensRightFrame", ComboBox.class);
        assertThat(read(() -> leftFrame.getValue().name())).isEqualTo("Realism");
        assertThat(read(() -> rightFrame.getValue().name())).isEqualTo("Constructivism");
        LensSide side = read(() -> main.splitLens().leftProperty().get());
        Segment first = side.passages().stream().min(Comparator.comparingInt(Segment::start)).orElseThrow();
        // The text's styles read on the FX thread, which may still be applying them.
        String firstStyle = settled(() -> left.getStyleAtPosition(first.start() + 1),
                style -> style.contains("-rtfx-background-color"));
        assertThat(firstStyle).contains("-rtfx-background-color");
        assertThat(firstStyle).doesNotContain("-rtfx-border-stroke-color");

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
        double before = read(left::getEstimatedScrollY);
        robot.interact(() -> right.estimatedScrollYProperty().setValue(before / 4));
        waitUntil(() -> Math.abs(right.getEstimatedScrollY() - left.getEstimatedScrollY()) < 1
                && left.getEstimatedScrollY() < before);

        robot.clickOn("#splitLensToggle");
        waitUntil(() -> robot.lookup("#documentText").tryQuery().isPresent());
        assertThat(dialogs.errors).isEmpty();
    }
}
