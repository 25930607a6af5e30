package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.ui.tracing.TracingRobots.press;
import static org.parallax.ui.tracing.TracingRobots.studyTemplate;
import static org.parallax.ui.tracing.TracingRobots.type;

import javafx.scene.chart.LineChart;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.coding.TextRange;
import org.testfx.api.FxRobot;

/**
 * The Process tracing tab in the real window on the sample project: the study's hypotheses, a coded passage and a
 * selection used as evidence through the form, the ledger chart and sensitivity table, a click back to the passage.
 * (Context menus do not open under headless Monocle, so the test calls the action its menu items call.)
 */
class TracingRobotTest extends RobotWindow {
    @Test
    void passagesBecomeEvidenceAndTheLedgerFollows(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        selectTab(robot, "Process tracing");
        waitUntil(studyTemplate(robot, main.tracing()));
        Segment passage = main.context().workbench().coding().segments().stream()
                .filter(s -> s.documentId() == 8).findFirst().orElseThrow();
        robot.interact(() -> main.openPassage(passage.documentId(), passage.start(), passage.end()));
        waitUntil(() -> main.document().documentProperty().get() != null
                && main.document().documentProperty().get().id() == 8);
        selectTab(robot, "Table 1");

        robot.interact(() -> main.document().useAsEvidence(passage));
        TabPane tabs = find(robot, "#bottomTabs", TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getText().equals("Process tracing"));
        assertThat(text(robot, "#pendingPassage")).contains("Interview to Bloomberg");
        type(robot, "#likelihood-H1", "very likely");
        type(robot, "#likelihood-H2", "0.2:0.4");
        type(robot, "#likelihood-Other", "even");
        type(robot, "#evidenceNote", "Putin on enlargement");
        robot.clickOn("#recordEvidence");

        TableView<EvidenceRow> table = find(robot, "#evidenceTable", TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        EvidenceRow row = read(() -> table.getItems().get(0));
        assertThat(row.date()).isEqualTo("2016-09-05");
        assertThat(row.perHypothesis().get(0)).startsWith("0.8 · hoop · +");
        assertThat(row.perHypothesis().get(1)).startsWith("0.2:0.4 ·");
        assertThat(row.status()).isEqualTo("current");
        LineChart<?, ?> chart = find(robot, "#ledgerChart", LineChart.class);
        waitUntil(() -> chart.getData().size() == 3 && chart.getData().get(0).getData().size() == 2);
        // .4*.8 / (.4*.8 + .4*.3 + .2*.5) = .32 / .54
        assertThat(read(() -> main.tracing().ledgerProperty().get().finalPosterior()[0])).isCloseTo(0.32 / 0.54,
                org.assertj.core.api.Assertions.within(1e-9));
        waitUntil(() -> main.tracing().sensitivity().size() == 3);

        robot.interact(() -> main.document().selectionProperty().set(new TextRange(0, 9)));
        robot.interact(() -> main.document().useSelectionAsEvidence());
        waitUntil(() -> text(robot, "#pendingPassage").contains("selection in"));
        type(robot, "#likelihood-H2", "0.5");
        press(robot, "#recordEvidence");
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).isEqualTo("Fill in P(E|H) for every hypothesis before recording: H1, Other "
                + "are empty");
        dialogs.errors.clear();
        type(robot, "#likelihood-H1", "1.5");
        type(robot, "#likelihood-H2", "0.5");
        type(robot, "#likelihood-Other", "0.5");
        press(robot, "#recordEvidence");
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors.get(0)).contains("P(E|H1)").contains("between 0 and 1");
        assertThat(copy(table::getItems)).hasSize(1);
        type(robot, "#likelihood-H1", "unlikely");
        press(robot, "#recordEvidence");
        waitUntil(() -> table.getItems().size() == 2);

        robot.interact(() -> main.openPassage(1, 0, 5));
        waitUntil(() -> main.document().documentProperty().get().id() == 1);
        robot.interact(() -> main.tracing().open(table.getItems().get(0)));
        waitUntil(() -> main.document().documentProperty().get().id() == 8);
    }
}
