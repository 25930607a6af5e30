package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A new user's first steps in Process tracing: the study's hypotheses added once, the ledger's first item. */
class TracingFirstStepsRobotTest extends TracingRobotWindow {
    @Test
    void theStudysHypothesesAreAddedOnceAndASecondClickIsNoError(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        selectTab(robot, "Process tracing");
        waitUntil(TracingRobots.studyTemplate(robot, main.tracing()));
        Button template = find(robot, "#studyTemplate", Button.class);
        waitUntil(() -> read(template::isDisabled));

        // A second click that came before the button was disabled only shows the set.
        robot.interact(() -> main.tracing().installTemplate());
        robot.interact(() -> main.tracing().installTemplate());
        // Work runs in order on one background thread: once a later task is done, both answers have arrived.
        java.util.concurrent.CompletableFuture<Object> drained = new java.util.concurrent.CompletableFuture<>();
        tasks.run(() -> null, drained::complete, drained::completeExceptionally);
        drained.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(dialogs.errors).isEmpty();
        assertThat(main.context().workbench().tracing().sets()).hasSize(1);
        assertThat(read(() -> main.tracing().setProperty().get()))
                .isEqualTo(main.context().workbench().tracing().sets().get(0).name());
    }

    /**
     * The report and the chain's SVG are written from a hypothesis set: before there is one their buttons wait, where
     * they asked for a file name and only then said "Add a hypothesis set first".
     */
    @Test
    void theReportWaitsForAHypothesisSet(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        selectTab(robot, "Process tracing");
        waitUntil(() -> robot.lookup("#exportTracingReport").tryQuery().isPresent()
                && robot.lookup("#exportChainSvg").tryQuery().isPresent());
        Button report = find(robot, "#exportTracingReport", Button.class);
        Button svg = find(robot, "#exportChainSvg", Button.class);
        assertThat(read(() -> main.tracing().setProperty().get())).isNull();
        assertThat(read(report::isDisabled)).as("Export report… without a set").isTrue();
        assertThat(read(svg::isDisabled)).as("Export SVG… without a set").isTrue();

        waitUntil(TracingRobots.studyTemplate(robot, main.tracing()));
        assertThat(read(report::isDisabled)).as("Export report… once the study's set is there").isFalse();
        assertThat(read(svg::isDisabled)).as("Export SVG… once the study's set is there").isFalse();
    }

    @Test
    void theLedgersAxisCountsOneItemInWholeSteps(FxRobot robot) throws Exception {
        recordOneItem(robot, "very likely", "unlikely", "even");
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = find(robot, "#ledgerChart", LineChart.class);
        MarginAxis items = (MarginAxis) chart.getXAxis();
        waitUntil(() -> chart.getData().size() == 3 && !items.getTickMarks().isEmpty());
        assertThat(read(() -> items.getTickMarks().stream().map(m -> m.getValue().doubleValue())
                .toList())).containsExactly(0.0, 1.0);
        assertThat(read(() -> items.getTickMarkLabel(1.0))).isEqualTo("1");
    }
}
