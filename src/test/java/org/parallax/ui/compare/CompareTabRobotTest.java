package org.parallax.ui.compare;

import org.parallax.ui.RobotWindow;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.parallax.workbench.Disagreement;
import org.testfx.api.FxRobot;

/** The Compare tab in the real window on headless Monocle, with real background tasks. */
class CompareTabRobotTest extends RobotWindow {
    /** The Compare tab brought to the front, once its table lists the sample's disagreements. */
    private static TableView<Disagreement> disagreementsShown(FxRobot robot) throws Exception {
        selectTab(robot, "Compare");
        @SuppressWarnings("unchecked")
        TableView<Disagreement> table = find(robot, "#disagreements", TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        return table;
    }

    @Test
    void clickingADisagreementOpensItsDocument(FxRobot robot) throws Exception {
        TableView<Disagreement> table = disagreementsShown(robot);
        Label summary = find(robot, "#compareSummary", Label.class);
        // The table and the summary are set one after the other on the FX thread: wait for the summary too.
        waitUntil(() -> summary.getText().contains("matched"));
        assertThat(read(summary::getText)).contains("matched").contains("κ =");

        Disagreement last = read(() -> table.getItems().get(table.getItems().size() - 1));
        robot.interact(() -> table.getSelectionModel().select(last));
        waitUntil(() -> main.documents().selectedProperty().get() != null
                && main.documents().selectedProperty().get().id() == last.documentId());
    }

    @Test
    void acceptIsOfferedWithAWordOnWhatToPickFirst(FxRobot robot) throws Exception {
        TableView<Disagreement> table = disagreementsShown(robot);
        Label note = find(robot, "#compareSettleNote", Label.class);
        // Accept A and Accept B are greyed out until a disagreement is picked: the row beside them says so.
        waitUntil(() -> note.isVisible()
                && note.getText().equals("Pick a disagreement below to accept A's or B's coding"));

        robot.interact(() -> table.getSelectionModel().select(0));
        waitUntil(() -> !note.isVisible());
    }

    /**
     * In blind mode nothing is compared: the empty table said "No disagreements between the chosen coders", which a
     * researcher reads as perfect agreement, and the only remedy named was a command for the terminal.
     */
    @Test
    void inBlindModeTheEmptyTableSaysNothingWasComparedAndHowToSwitchItOff(FxRobot robot) throws Exception {
        disagreementsShown(robot);
        robot.interact(() -> main.coder().blindProperty().set(true));
        @SuppressWarnings("unchecked")
        TableView<Disagreement> table = find(robot, "#disagreements", TableView.class);
        Label summary = find(robot, "#compareSummary", Label.class);
        waitUntil(() -> table.getItems().isEmpty() && summary.getText().contains("blind mode"));

        String placeholder = read(() -> ((Label) table.getPlaceholder()).getText());
        assertThat(placeholder).doesNotContain("No disagreements").contains("Nothing compared")
                .contains("Edit → Blind coding");
        assertThat(read(summary::getText)).contains("Edit → Blind coding").doesNotContain("parallax coders");
    }
}
