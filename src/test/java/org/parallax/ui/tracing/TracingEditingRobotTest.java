package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parallax.ui.tracing.TracingRobots.press;
import static org.parallax.ui.tracing.TracingRobots.type;

import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Editing process tracing in the real window: an evidence item changed through the form (the ledger follows), the
 * analyst's events added to and removed from the causal chain chart, the verbal scale and the test thresholds saved
 * from the Scale & thresholds tab; bad input shows one error and changes nothing.
 */
class TracingEditingRobotTest extends TracingRobotWindow {
    @Test
    void evidenceEventsScaleAndThresholdsAreEditedInTheWindow(FxRobot robot) throws Exception {
        TableView<EvidenceRow> table = recordOneItem(robot, "very likely", "0.2:0.4", "even");

        // Edit: the form shows the item's numbers; a changed P(E|H2) moves the ledger.
        robot.interact(() -> table.getSelectionModel().select(0));
        press(robot, "#editEvidence");
        assertThat(text(robot, "#likelihood-H2")).isEqualTo("0.2:0.4");
        assertThat(text(robot, "#recordEvidence")).isEqualTo("Save changes to #1");
        type(robot, "#likelihood-H2", "2");
        press(robot, "#recordEvidence");
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("P(E|H2)", "between 0 and 1");
        assertThat(read(() -> main.tracing().ledgerProperty().get().finalPosterior()[0])).as("nothing written")
                .isCloseTo(0.32 / 0.54, within(1e-9));
        type(robot, "#likelihood-H2", "0.6");
        type(robot, "#evidenceGroup", "Bloomberg");
        press(robot, "#recordEvidence");
        // .4*.8 / (.4*.8 + .4*.6 + .2*.5)
        waitUntil(() -> Math.abs(main.tracing().ledgerProperty().get().finalPosterior()[0] - 0.32 / 0.66) < 1e-9);
        waitUntil(() -> table.getItems().get(0).perHypothesis().get(1).startsWith("0.6 ·"));
        assertThat(read(() -> table.getItems().get(0).group())).isEqualTo("Bloomberg");
        assertThat(read(() -> table.getItems().get(0).note())).as("kept").isEmpty();
        assertThat(text(robot, "#recordEvidence")).isEqualTo("Record evidence");

        // Events: the chart shows the sample's (the study's), then one added; a bad date changes nothing.
        TabPane results = find(robot, "#tracingResults", TabPane.class);
        robot.interact(() -> results.getSelectionModel().select(2));
        CausalChainChart chart = find(robot, "#causalChainChart", CausalChainChart.class);
        waitUntil(() -> read(
                () -> chart.eventMarkers() == 9 && chart.evidenceMarkers() == 1 && chart.getData().size() == 3));
        type(robot, "#eventDate", "2010-13-01");
        type(robot, "#eventLabel", "Lisbon summit");
        press(robot, "#addEvent");
        waitUntil(() -> dialogs.errors.size() == 2);
        assertThat(dialogs.errors.get(1)).contains("2010-13-01", "YYYY-MM-DD");
        type(robot, "#eventDate", "2010-11-20");
        press(robot, "#addEvent");
        waitUntil(() -> chart.eventMarkers() == 10);
        assertThat(main.context().workbench().tracing().events()).anyMatch(e -> e.label().equals("Lisbon summit"));
        TableView<ChainRow> chain = find(robot, "#causalChain", TableView.class);
        removeEvent(robot, chain, "Lisbon summit");
        waitUntil(() -> chart.eventMarkers() == 9);
        // The study's events are the project's like any other: removed, and back with Add the study's events.
        removeEvent(robot, chain, "Munich speech");
        waitUntil(() -> chart.eventMarkers() == 8);
        press(robot, "#addStudyEvents");
        waitUntil(() -> chart.eventMarkers() == 9);
        assertThat(main.context().workbench().tracing().events()).anyMatch(e -> e.label().equals("Munich speech"));
        press(robot, "#addStudyEvents");
        waitUntil(() -> !dialogs.informations.isEmpty());
        assertThat(dialogs.informations.get(0)).as("pressed with nothing to add").contains("already", "9");
        robot.interact(() -> chain.getSelectionModel().select(chain.getItems().stream()
                .filter(r -> r.kind().startsWith("evidence")).findFirst().orElseThrow()));
        assertThat(disabled(robot, "#removeEvent")).as("evidence is no event").isTrue();

        // The verbal scale and the thresholds, saved from their tab.
        robot.interact(() -> results.getSelectionModel().select(3));
        TextArea scale = find(robot, "#verbalScale", TextArea.class);
        assertThat(read(() -> scale.getText())).contains("almost certain=0.95");
        robot.interact(() -> scale.setText("sure=2\nhardly=0.1"));
        press(robot, "#saveScale");
        waitUntil(() -> dialogs.errors.size() == 3);
        assertThat(dialogs.errors.get(2)).contains("Verbal scale", "sure");
        assertThat(main.context().workbench().tracing().verbalScale().terms()).containsKey("likely");
        robot.interact(() -> scale.setText("sure=0.9\nhardly=0.1"));
        press(robot, "#saveScale");
        waitUntil(() -> main.context().workbench().tracing().verbalScale().terms().keySet()
                .equals(java.util.Set.of("sure", "hardly")));

        assertThat(read(() -> table.getItems().get(0).perHypothesis().get(0))).contains("hoop");
        type(robot, "#certaintyThreshold", "0.9");
        press(robot, "#saveThresholds");
        waitUntil(() -> !table.getItems().get(0).perHypothesis().get(0).contains("hoop"));
        assertThat(main.context().workbench().tracing().thresholds().certainty()).isEqualTo(0.9);
        type(robot, "#uniquenessThreshold", "1");
        press(robot, "#saveThresholds");
        waitUntil(() -> dialogs.errors.size() == 4);
        assertThat(main.context().workbench().tracing().thresholds().uniqueness()).isEqualTo(0.2);
    }

    private static void removeEvent(FxRobot robot, TableView<ChainRow> chain, String label) {
        // Looked up on the FX thread, which rebuilds the rows after every change.
        robot.interact(() -> chain.getSelectionModel().select(chain.getItems().stream()
                .filter(r -> r.eventId() != 0 && r.label().startsWith(label)).findFirst().orElseThrow()));
        press(robot, "#removeEvent");
    }
}
