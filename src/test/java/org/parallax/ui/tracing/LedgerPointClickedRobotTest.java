package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.parallax.model.Ledger;
import org.parallax.model.LedgerStep;
import org.testfx.api.FxRobot;

/**
 * A click of the mouse on a point of the ledger chart (not the keys, which LedgerByKeyboardRobotTest drives) reads
 * that step's posteriors beside the plot and selects its item in the evidence table; a click on the prior's point
 * reads the priors and leaves the table as it was. The tab is recounted on every change to the project (another
 * coder's passage, an import): the chart was drawn anew each time, its points replaced, and a click whose press and
 * release fell either side of a recount was lost.
 */
class LedgerPointClickedRobotTest extends TracingRobotWindow {
    @Test
    void aClickOnAPointReadsItsStepAndSelectsItsItemThoughTheLedgerIsRecountedMeanwhile(FxRobot robot)
            throws Exception {
        TableView<EvidenceRow> evidence = recordOneItem(robot, "very likely", "unlikely", "even");
        waitUntil(() -> main.tracing().ledgerProperty().get() != null
                && main.tracing().ledgerProperty().get().steps().size() == 1);
        Ledger ledger = read(() -> main.tracing().ledgerProperty().get());
        LedgerStep item = ledger.steps().get(0);
        LineChart<?, ?> chart = find(robot, "#ledgerChart", LineChart.class);
        robot.interact(() -> evidence.getSelectionModel().clearSelection());
        waitUntil(() -> chart.getData().size() == ledger.set().hypotheses().size()
                && chart.getData().get(0).getData().size() == 2 && chart.getData().get(0).getData().get(1)
                .getNode() != null);
        waitUntil(() -> point(chart, 0, 1).getScene() != null && point(chart, 0, 1).isVisible());
        drainTasks();

        // Where the point is on the screen: the pointer stays there whatever the chart does meanwhile.
        robot.moveTo(settled(() -> centre(point(chart, 0, 1)), at -> at != null));
        robot.press(MouseButton.PRIMARY);
        // The ledger recounted to the same numbers between the press and the release, as any change to the project
        // recounts it.
        robot.interact(() -> main.tracing().refresh());
        drainTasks();
        robot.interact(() -> { });
        robot.release(MouseButton.PRIMARY);

        waitUntil(() -> evidence.getSelectionModel().getSelectedItem() != null);
        assertThat(read(() -> evidence.getSelectionModel().getSelectedItem().id())).isEqualTo(item.evidence().id());
        assertThat(text(robot, "#ledgerStep")).startsWith("After item 1 of 1, #" + item.evidence().id() + " ("
                + item.date() + ")\n" + ledger.set().hypotheses().get(0).name() + " ");
        assertThat(read(chart::isFocused)).as("the chart takes the keyboard, for the arrows to go on").isTrue();

        // Right of the prior's centre, inside the point: it lay on the plot's left edge, its left half clipped.
        robot.clickOn(settled(() -> centre(point(chart, 1, 0)), at -> at != null)
                .add(read(() -> point(chart, 1, 0).getBoundsInLocal().getWidth() / 4), 0));

        waitUntil(() -> text(robot, "#ledgerStep").startsWith("Priors\n"));
    }

    /** The centre of a node on the screen; null while it is in no window. */
    private static Point2D centre(Node node) {
        Bounds shown = node.getScene() == null ? null : node.localToScreen(node.getBoundsInLocal());
        return shown == null ? null : new Point2D(shown.getCenterX(), shown.getCenterY());
    }

    /** The drawn point of hypothesis {@code series} at step {@code step} (0: the prior). */
    private static Node point(LineChart<?, ?> chart, int series, int step) {
        XYChart.Series<?, ?> line = chart.getData().get(series);
        return line.getData().get(step).getNode();
    }
}
