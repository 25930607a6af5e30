package org.parallax.ui.table1;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The heading over a Table 1 cell's passages ("Realism × Disbanding of institutional dialogue: 11 passages") wraps
 * in full at the window's usual size; it was cut to one line with an ellipsis, losing the count.
 */
class CellHeadingRobotTest extends RobotWindow {
    @Test
    void theCellHeadingShowsTheWholeLabelAndTheCount(FxRobot robot) throws Exception {
        waitUntil(() -> !main.table1().rows().isEmpty());
        selectTab(robot, "Table 1");
        int column = table1Column("Disbanding");
        int row = table1Row("Realism").index();
        robot.interact(() -> main.table1().selectCell(row, column));
        Label heading = find(robot, "#table1PassagesHeading", Label.class);
        waitUntil(() -> heading.getText().contains(" passage"));
        WaitForAsyncUtils.waitForFxEvents();
        String full = read(heading::getText);
        assertThat(full).startsWith("Realism × Disbanding");
        String[] shown = new String[1];
        waitUntil(() -> {
            robot.interact(() -> {
                heading.applyCss();
                heading.getParent().layout();
                Text text = (Text) heading.lookup(".text");
                shown[0] = text == null ? null : text.getText();
            });
            return shown[0] != null && !shown[0].isEmpty();
        });
        assertThat(shown[0]).as("the label's text as laid out, without an ellipsis").isEqualTo(full);
        // Read on the FX thread, for as long as the wrapped label takes to grow over layout passes.
        double[] heightAndLine = settled(() -> new double[] {heading.getHeight(), heading.getFont().getSize()},
                h -> h[0] > h[1] * 2);
        assertThat(heightAndLine[0]).as("wrapped onto more than one line").isGreaterThan(heightAndLine[1] * 2);
    }
}
