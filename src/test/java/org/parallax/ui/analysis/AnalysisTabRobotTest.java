package org.parallax.ui.analysis;

import org.parallax.ui.RobotWindow;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.MatrixValues;
import org.testfx.api.FxRobot;

/** The Analysis and Timeline tabs in the real window on headless Monocle, with real background tasks. */
class AnalysisTabRobotTest extends RobotWindow {
    @Test
    void analysisTabShowsTheMatrixAndSavesItAsPng(FxRobot robot) throws Exception {
        selectTab(robot, "Analysis");
        waitUntil(() -> main.analysis().rows().size() == 11);
        TableView<?> table = find(robot, "#analysisTable", TableView.class);
        assertThat(copy(table::getColumns)).hasSize(6);
        robot.interact(() -> main.analysis().columnChoiceProperty().set("actor"));
        waitUntil(() -> table.getColumns().size() == 5);

        // The export takes the snapshot on the UI thread and writes in the background: RobotWindow's guard
        // would fail the write if it ran on the UI thread (issue 11 item 10).
        Path png = dir.resolve("matrix.png");
        robot.interact(() -> main.analysis().exportPng(table, png));
        waitUntil(() -> main.status().lastResultProperty().get()
                .equals("Matrix image written to " + png));
        assertThat(dialogs.errors).isEmpty();
        assertThat(Files.readAllBytes(png)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void aRefusedRequestLeavesNoMatrixToReadOrExport(FxRobot robot) throws Exception {
        selectTab(robot, "Analysis");
        waitUntil(() -> main.analysis().rows().size() == 11);
        TableView<?> table = find(robot, "#analysisTable", TableView.class);
        FlowPane exports = find(robot, "#analysisExports", FlowPane.class);
        assertThat(read(exports::isDisabled)).isFalse();

        robot.interact(() -> {
            main.analysis().measureProperty().set(MatrixValues.Measure.PER_10K_WORDS);
            main.analysis().percentageProperty().set(MatrixValues.Percentage.ROW);
        });
        waitUntil(() -> !main.analysis().problemProperty().get().isEmpty());
        waitUntil(() -> table.getItems().isEmpty() && table.getColumns().size() == 1);
        assertThat(read(exports::isDisabled)).isTrue();

        robot.interact(() -> main.analysis().percentageProperty().set(MatrixValues.Percentage.NONE));
        waitUntil(() -> table.getItems().size() == 11 && !exports.isDisabled());
    }

    @Test
    void aFileWrittenOnTheUiThreadFailsTheRobotTests(FxRobot robot) throws Exception {
        Path png = dir.resolve("on-ui-thread.png");
        selectTab(robot, "Analysis");  // a tab's content is built when it first comes to the front
        waitUntil(() -> robot.lookup("#analysisTable").tryQuery().isPresent());
        TableView<?> table = find(robot, "#analysisTable", TableView.class);
        AtomicReference<Throwable> refused = new AtomicReference<>();
        robot.interact(() -> {
            try {
                Snapshots.writePng(SwingFXUtils.fromFXImage(table.snapshot(null, null), null), png);
            } catch (IllegalStateException e) {
                refused.set(e);
            }
        });
        assertThat(refused.get()).hasMessageContaining("JavaFX thread");
        assertThat(png).doesNotExist();
    }

    @Test
    void timelineTabDrawsOneSeriesPerFrame(FxRobot robot) throws Exception {
        selectTab(robot, "Timeline");
        StackedBarChart<?, ?> chart = find(robot, "#timelineChart", StackedBarChart.class);
        waitUntil(() -> chart.getData().size() == 2);
        assertThat(read(() -> chart.getData().get(0).getName())).isEqualTo("Realism");
        // 1949 to 2024, each run of empty years (1950-1996 the longest) folded into one gap.
        int slots = read(() -> main.timeline().slots(main.timeline().timelineProperty().get()).size());
        assertThat(slots).isLessThanOrEqualTo(2024 - 1949 + 1 - 46);
        assertThat(copy(() -> chart.getData().get(0).getData())).hasSize(slots)
                .anySatisfy(d -> assertThat(d.getXValue()).isEqualTo("(1950–1996)"));
        String realism = main.context().workbench().codebook().current().frames().get(0).color();
        assertThat(read(() -> chart.getData().get(0).getData().get(0).getNode().getStyle())).contains(realism);
    }
}
