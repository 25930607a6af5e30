package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.parallax.ui.WindowSize;
import org.testfx.api.FxRobot;

/**
 * The Process tracing tab at 1400×900, the size the study's researchers work at: the ledger chart showed a strip of
 * its top lines under the evidence, its step axis and most of its plot cut off.
 */
@WindowSize(width = 1400, height = 900)
class TracingFitsAt1400RobotTest extends TracingRobotWindow {
    @Test
    void theLedgerChartIsShownWholeWithItsAxis(FxRobot robot) throws Exception {
        recordOneItem(robot, "very likely", "unlikely", "even");
        LineChart<?, ?> chart = find(robot, "#ledgerChart", LineChart.class);
        waitUntil(() -> !chart.getData().isEmpty());

        double cut = settled(() -> hiddenBelow(chart.getXAxis()), px -> px <= 0.5);
        assertThat(cut).as("px of the ledger's step axis hidden below what the tab shows").isLessThanOrEqualTo(0.5);
        assertThat(read(chart::getHeight)).as("the chart's height").isGreaterThanOrEqualTo(LedgerChart.LEAST_HEIGHT);
    }

    /** How far the node reaches below the nearest edge of the panes around it that clip what they hold. */
    private static double hiddenBelow(Node node) {
        Bounds own = node.localToScene(node.getLayoutBounds());
        double shownTo = Double.MAX_VALUE;
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            // A scroll pane clips to its viewport, not to its own bounds.
            Node viewport = p instanceof ScrollPane ? p.lookup(".viewport") : null;
            Node view = viewport == null ? p : viewport;
            shownTo = Math.min(shownTo, view.localToScene(view.getLayoutBounds()).getMaxY());
        }
        return own.getMaxY() - shownTo;
    }
}
