package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The ledger's points at step 0 (the priors) lay on the plot's left edge, and those of the last item on its right
 * edge, where the plot clips what it draws: they were drawn in half. Every point lies inside the plot.
 */
class LedgerPointsDrawnWholeRobotTest extends TracingRobotWindow {
    @Test
    void theLedgersPointsAtItsEdgesAreDrawnInsideThePlot(FxRobot robot) throws Exception {
        recordOneItem(robot, "very likely", "unlikely", "even");
        LineChart<?, ?> chart = find(robot, "#ledgerChart", LineChart.class);
        waitUntil(() -> chart.getData().size() == 3 && chart.getData().stream()
                .allMatch(line -> line.getData().size() == 2 && line.getData().get(1).getNode() != null));
        Node plot = read(() -> chart.lookup(".chart-plot-background"));
        drainTasks();
        robot.interact(() -> { });

        for (int line = 0; line < 3; line++) {
            for (int step = 0; step < 2; step++) {
                int l = line;
                int s = step;
                Bounds point = settled(() -> inScene(point(chart, l, s)), b -> b.getWidth() > 0);
                assertThat(read(() -> inScene(plot).contains(point))).as("hypothesis %d at step %d, %s, inside the "
                        + "plot %s", l, s, point, read(() -> inScene(plot))).isTrue();
            }
        }
    }

    private static Bounds inScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    private static Node point(LineChart<?, ?> chart, int line, int step) {
        XYChart.Series<?, ?> series = chart.getData().get(line);
        return series.getData().get(step).getNode();
    }
}
