package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ui.tracing.TracingRobots.press;
import static org.parallax.ui.tracing.TracingRobots.studyTemplate;

import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.parallax.model.Hypothesis;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * The pane's Change a hypothesis in the real window: Edit… asks for the name, the statement and the prior (the
 * catch-all takes the difference); a hypothesis renamed stays chosen under its new name (the list reloads after the
 * save), so a second Edit… or Delete… acts on it, not on the name it had.
 */
class HypothesisChangeRobotTest extends RobotWindow {
    @Test
    void aRenamedHypothesisStaysChosenUnderItsNewName(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        selectTab(robot, "Process tracing");
        waitUntil(studyTemplate(robot, main.tracing()));
        @SuppressWarnings("unchecked")
        ComboBox<Hypothesis> chosen = find(robot, "#hypothesisToChange", ComboBox.class);
        waitUntil(() -> chosen.getItems().size() == 3);
        robot.interact(() -> chosen.getSelectionModel().select(1));
        dialogs.textAnswers.add("H2 institutions");
        dialogs.textAnswers.add("Institutions channel behaviour");
        dialogs.textAnswers.add("0.3");

        press(robot, "#editHypothesis");

        waitUntil(() -> chosen.getItems().stream().anyMatch(h -> h.name().equals("H2 institutions")));
        assertThat(read(() -> chosen.getValue().name())).isEqualTo("H2 institutions");
        assertThat(dialogs.textPrompts).last().asString().isEqualTo("Prior of H2 institutions, between 0 and 1 (Other, "
                + "the catch-all, gives or takes the difference): [0.4]");
        java.util.List<String> priors = fromProject(wb -> wb.tracing().sets().get(0).hypotheses().stream()
                .map(h -> h.name() + "=" + h.prior()).toList());
        assertThat(priors).containsExactly("H1=0.4", "H2 institutions=0.3",
                "Other=0.3");
        press(robot, "#deleteHypothesis");
        waitUntil(() -> chosen.getItems().size() == 2);
        java.util.List<String> left = fromProject(wb -> wb.tracing().sets().get(0).hypotheses().stream()
                .map(Hypothesis::name).toList());
        assertThat(left).containsExactly("H1", "Other");
        assertThat(dialogs.errors).isEmpty();
    }
}
