package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * "Use … as evidence…" (the document's menu, by mouse or keyboard) brings the Process tracing tab forward with the
 * passage in its form, but the keyboard stayed in the document: "likely" typed next went nowhere, and a keyboard user
 * had to Tab through the tab's buttons and tables to reach P(E|H). The keyboard now goes to the first P(E|H) field,
 * also when the tab is shown for the first time by the menu item, and Enter in a field of the form records the item,
 * as its button does (scrolled out of view by the time the last field of three hypotheses is filled, where Enter did
 * nothing). (Context menus do not open under headless Monocle,
 * so the test calls the action its menu items call.)
 */
class EvidenceFormTakesTheKeyboardRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) throws Exception {
        Path project = folder.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), project);
        try (Workbench wb = Workbench.open(project)) {
            wb.tracing().installStudyTemplate();
        }
        return project;
    }

    @Test
    void theFirstLikelihoodTakesTheKeyboardWhenAPassageIsUsedAsEvidence(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        Segment first = passageOf(8, 0);
        robot.interact(() -> main.openPassage(first.documentId(), first.start(), first.end()));
        waitUntil(() -> main.document().documentProperty().get() != null
                && main.document().documentProperty().get().id() == 8);
        Node text = find(robot, "#documentText", Node.class);
        robot.interact(text::requestFocus);

        // The tab was never shown: the menu item builds it.
        robot.interact(() -> main.document().useAsEvidence(first));
        TabPane tabs = find(robot, "#bottomTabs", TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getText().equals("Process tracing"));
        waitUntil(() -> read(() -> main.tracing().likelihoods().size()) == 3 && focused(robot).equals("likelihood-H1"));
        robot.write("likely");
        waitUntil(() -> field(robot, "#likelihood-H1").getText().equals("likely"));
        // The form's fields in a row from the keyboard, and Enter in the last records (the button is scrolled away).
        robot.type(KeyCode.TAB).write("0.3");
        waitUntil(() -> field(robot, "#likelihood-H2").getText().equals("0.3"));
        robot.type(KeyCode.TAB).write("even");
        waitUntil(() -> field(robot, "#likelihood-Other").getText().equals("even"));
        robot.type(KeyCode.ENTER);
        TableView<EvidenceRow> evidence = find(robot, "#evidenceTable", TableView.class);
        waitUntil(() -> evidence.getItems().size() == 1);
        assertThat(read(() -> evidence.getItems().get(0).perHypothesis().get(0))).startsWith("0.65 ·");

        // Shown already: a second passage, chosen from the document again.
        Segment second = passageOf(8, 1);
        robot.interact(text::requestFocus);
        waitUntil(() -> focused(robot).equals("documentText"));
        robot.interact(() -> main.document().useAsEvidence(second));
        waitUntil(() -> focused(robot).equals("likelihood-H1"));
        assertThat(read(() -> main.tracing().pendingProperty().get().start())).isEqualTo(second.start());
    }

    private Segment passageOf(long document, int index) throws Exception {
        return fromProject(wb -> wb.coding().segments().stream().filter(s -> s.documentId() == document)
                .sorted(java.util.Comparator.comparingInt(Segment::start)).toList().get(index));
    }

    /** The id of the control that has the keyboard, read on the FX thread. */
    private String focused(FxRobot robot) {
        return read(() -> {
            Node owner = stage.getScene().getFocusOwner();
            return owner == null || owner.getId() == null ? String.valueOf(owner) : owner.getId();
        });
    }

    private static TextField field(FxRobot robot, String id) {
        return find(robot, id, TextField.class);
    }
}
