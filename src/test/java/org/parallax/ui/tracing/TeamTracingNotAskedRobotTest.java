package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ui.tracing.TracingRobots.press;

import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.analysis.tracing.StudyHypotheses;
import org.parallax.model.Hypothesis;
import org.parallax.model.Segment;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamSample;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.EvidenceRequest;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A coder of a team project pressing Remove evidence, Remove event or Delete… under a hypothesis in the real window:
 * told in one line that only a lead changes process tracing, asked nothing, and the server still holds all three.
 * Before the rule, the coder was asked "Remove evidence #1?" and, having said yes, met the server's refusal.
 */
@NeedsTestServer
class TeamTracingNotAskedRobotTest extends RobotWindow {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aCoderIsToldOnlyALeadRemovesEvidenceAnEventOrAHypothesisAndIsAskedNothing(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen());
        String lead = team.publish("tracingasked");
        int events;
        try (Workbench wb = Workbench.open(lead, null)) {
            wb.tracing().installStudyTemplate();
            Segment passage = wb.coding().segments().get(0);
            wb.tracing().addEvidence(new EvidenceRequest(StudyHypotheses.TEMPLATE.name(), List.of(passage.id()), null,
                    Map.of("H1", "0.9", "H2", "0.2", "Other", "0.5"), null, null, "a note", null));
            wb.tracing().addStudyEvents();
            events = wb.tracing().events().size();
        }
        String coder = team.member(lead, "cody", "coder");
        openTeamProject(robot, coder);
        selectTab(robot, "Process tracing");
        robot.interact(() -> main.tracing().setProperty().set(StudyHypotheses.TEMPLATE.name()));
        @SuppressWarnings("unchecked")
        TableView<EvidenceRow> evidence = find(robot, "#evidenceTable", TableView.class);
        waitUntil(() -> evidence.getItems().size() == 1);
        robot.interact(() -> evidence.getSelectionModel().select(0));
        press(robot, "#removeEvidence");

        @SuppressWarnings("unchecked")
        TableView<ChainRow> chain = find(robot, "#causalChain", TableView.class);
        waitUntil(() -> chain.getItems().stream().anyMatch(r -> r.eventId() != 0));
        robot.interact(() -> chain.getSelectionModel().select(chain.getItems().stream()
                .filter(r -> r.eventId() != 0).findFirst().orElseThrow()));
        press(robot, "#removeEvent");

        @SuppressWarnings("unchecked")
        ComboBox<Hypothesis> hypotheses = find(robot, "#hypothesisToChange", ComboBox.class);
        waitUntil(() -> !hypotheses.getItems().isEmpty());
        robot.interact(() -> hypotheses.getSelectionModel().select(0));
        press(robot, "#deleteHypothesis");

        String only = "Only a lead changes process tracing (hypotheses, evidence, events) (you are coder)";
        waitUntil(() -> dialogs.informations.size() == 3);
        assertThat(dialogs.informations).containsExactly(only, only, only);
        assertThat(dialogs.confirmations).as("nothing asked").isEmpty();
        assertThat(dialogs.errors).as("no refusal after an answer").isEmpty();
        try (Workbench check = Workbench.open(lead, null)) {
            assertThat(check.tracing().evidence(StudyHypotheses.TEMPLATE.name())).hasSize(1);
            assertThat(check.tracing().events()).hasSize(events);
            assertThat(check.tracing().set(StudyHypotheses.TEMPLATE.name()).hypotheses()).hasSize(3);
        }
    }
}
