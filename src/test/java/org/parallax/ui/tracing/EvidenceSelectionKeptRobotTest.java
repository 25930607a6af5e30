package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ui.tracing.TracingRobots.press;
import static org.parallax.ui.tracing.TracingRobots.type;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.testfx.api.FxRobot;

/**
 * An evidence item whose P(E|H) was just changed through the form lost its selection in the table: the table's rows
 * are made anew after each change, and the edited row, no longer equal to the one selected, was dropped from the
 * selection, so Edit evidence and Remove evidence went grey under the researcher who was checking the new figures.
 * The selection stays on the item edited, as the other rows keep theirs.
 */
class EvidenceSelectionKeptRobotTest extends TracingRobotWindow {
    @Test
    void theItemEditedStaysSelected(FxRobot robot) throws Exception {
        TableView<EvidenceRow> table = recordOneItem(robot, "very likely", "0.2:0.4", "even");
        Segment another = main.context().workbench().coding().segments().stream()
                .filter(s -> s.documentId() != 8).findFirst().orElseThrow();
        robot.interact(() -> main.document().useAsEvidence(another));
        type(robot, "#likelihood-H1", "0.3");
        type(robot, "#likelihood-H2", "0.6");
        type(robot, "#likelihood-Other", "even");
        press(robot, "#recordEvidence");
        waitUntil(() -> table.getItems().size() == 2);
        long edited = read(() -> table.getItems().get(1).id());

        robot.interact(() -> table.getSelectionModel().select(1));
        press(robot, "#editEvidence");
        type(robot, "#likelihood-H2", "0.9");
        press(robot, "#recordEvidence");

        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.id() == edited
                && r.perHypothesis().get(1).startsWith("0.9 ·")));
        assertThat(settled(() -> table.getSelectionModel().getSelectedItem(), row -> row != null))
                .as("the item edited is still selected").isNotNull().extracting(EvidenceRow::id).isEqualTo(edited);
        assertThat(read(() -> table.getSelectionModel().getSelectedItems())).hasSize(1);
        assertThat(disabled(robot, "#editEvidence")).isFalse();
        assertThat(disabled(robot, "#removeEvidence")).isFalse();
    }
}
