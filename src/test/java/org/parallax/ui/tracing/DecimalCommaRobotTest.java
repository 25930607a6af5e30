package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ui.tracing.TracingRobots.press;
import static org.parallax.ui.tracing.TracingRobots.studyTemplate;
import static org.parallax.ui.tracing.TracingRobots.type;

import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * A researcher whose language writes eight tenths as 0,8 (Russian, German, French…) types the probabilities of the
 * Process tracing tab that way: a prior, P(E|H) and its ranges, the verbal scale, the thresholds. Each was refused
 * ("'0,8' is not a probability between 0 and 1"), though it is one, and the evidence went unrecorded.
 */
class DecimalCommaRobotTest extends RobotWindow {
    @Test
    void probabilitiesTypedWithADecimalCommaAreTheNumbersTheyWrite(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        selectTab(robot, "Process tracing");
        waitUntil(studyTemplate(robot, main.tracing()));

        type(robot, "#hypothesisName", "H3");
        type(robot, "#hypothesisPrior", "0,1");
        type(robot, "#hypothesisStatement", "Domestic politics drive it");
        press(robot, "#addHypothesis");
        waitUntil(() -> main.tracing().likelihoods().size() == 4 || !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).isEmpty();
        List<String> priors = fromProject(wb -> wb.tracing().sets().get(0).hypotheses().stream()
                .map(h -> h.name() + "=" + h.prior()).toList());
        assertThat(priors).containsExactlyInAnyOrder("H1=0.4", "H2=0.4", "H3=0.1", "Other=0.1");

        Segment passage = fromProject(wb -> wb.coding().segments().stream()
                .filter(s -> s.documentId() == 8).findFirst().orElseThrow());
        robot.interact(() -> main.openPassage(passage.documentId(), passage.start(), passage.end()));
        waitUntil(() -> main.document().documentProperty().get() != null
                && main.document().documentProperty().get().id() == 8);
        robot.interact(() -> main.document().useAsEvidence(passage));
        waitUntil(() -> text(robot, "#pendingPassage").contains("Interview to Bloomberg"));
        type(robot, "#likelihood-H1", "0,8");
        type(robot, "#likelihood-H2", "0,2:0,4");
        type(robot, "#likelihood-H3", " 0,3 ");
        type(robot, "#likelihood-Other", "0,5");
        press(robot, "#recordEvidence");
        TableView<EvidenceRow> table = find(robot, "#evidenceTable", TableView.class);
        waitUntil(() -> table.getItems().size() == 1 || !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).isEmpty();
        List<String> weighed = read(() -> table.getItems().get(0).perHypothesis());
        assertThat(weighed.get(0)).startsWith("0.8 · hoop");
        assertThat(weighed.get(1)).startsWith("0.2:0.4 ·");
        assertThat(weighed.get(2)).startsWith("0.3 ·");

        TabPane results = find(robot, "#tracingResults", TabPane.class);
        robot.interact(() -> results.getSelectionModel().select(3));
        TextArea scale = find(robot, "#verbalScale", TextArea.class);
        robot.interact(() -> scale.setText("sure=0,9\nhardly=0,1"));
        press(robot, "#saveScale");
        waitUntilProject(wb -> wb.tracing().verbalScale().terms().containsKey("sure") || !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).isEmpty();
        Double hardly = fromProject(wb -> wb.tracing().verbalScale().terms().get("hardly"));
        assertThat(hardly).isEqualTo(0.1);

        type(robot, "#certaintyThreshold", "0,9");
        press(robot, "#saveThresholds");
        waitUntil(() -> !read(() -> table.getItems().get(0).perHypothesis().get(0)).contains("hoop")
                || !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).isEmpty();
        Double certainty = fromProject(wb -> wb.tracing().thresholds().certainty());
        assertThat(certainty).isEqualTo(0.9);
    }
}
