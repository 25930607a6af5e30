package org.parallax.ui.tracing;

import static org.parallax.ui.tracing.TracingRobots.press;
import static org.parallax.ui.tracing.TracingRobots.studyTemplate;
import static org.parallax.ui.tracing.TracingRobots.type;

import javafx.scene.control.TableView;
import org.parallax.model.Segment;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/** The window on the sample project, where a Process tracing robot test starts from one recorded evidence item. */
abstract class TracingRobotWindow extends RobotWindow {
    /**
     * Opens the Process tracing tab, adds the study's hypotheses and records a passage of the Bloomberg interview
     * (document 8) through the form with these P(E|H1), P(E|H2) and P(E|Other); returns the evidence table once it
     * shows the item.
     */
    protected TableView<EvidenceRow> recordOneItem(FxRobot robot, String h1, String h2, String other)
            throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        selectTab(robot, "Process tracing");
        waitUntil(studyTemplate(robot, main.tracing()));
        Segment passage = main.context().workbench().coding().segments().stream()
                .filter(s -> s.documentId() == 8).findFirst().orElseThrow();
        robot.interact(() -> main.document().useAsEvidence(passage));
        type(robot, "#likelihood-H1", h1);
        type(robot, "#likelihood-H2", h2);
        type(robot, "#likelihood-Other", other);
        press(robot, "#recordEvidence");
        @SuppressWarnings("unchecked")
        TableView<EvidenceRow> table = find(robot, "#evidenceTable", TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        return table;
    }
}
