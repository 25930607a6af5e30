package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.tracing.StudyHypotheses;
import org.parallax.model.Segment;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.EvidenceRequest;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * The Process tracing tab of a blind second coder (ADR 0030): the first coder's evidence on their own passage showed
 * its quote and their note in the evidence table and moved the ledger the second coder read. Now the tab shows the
 * second coder's item alone, computes the ledger from it and says in one line what it left out.
 */
class BlindTracingRobotTest extends RobotWindow {
    private static final String FIRST_NOTE = "The analyst reads this as a threat at the border";

    /** The sample with one item on the analyst's passage and one on the second coder's; the second coder codes blind. */
    @Override
    protected Path project(Path folder) throws Exception {
        Path project = super.project(folder);
        try (Workbench wb = Workbench.open(project)) {
            wb.setActiveCoder("analyst");
            wb.tracing().installStudyTemplate();
            record(wb, "analyst", Map.of("H1", "0.8", "H2", "0.2", "Other", "0.5"), FIRST_NOTE);
            record(wb, "second-coder", Map.of("H1", "0.5", "H2", "0.65", "Other", "0.5"), null);
            wb.setActiveCoder("second-coder");
            wb.setBlindMode(true);
        }
        return project;
    }

    private static void record(Workbench wb, String coder, Map<String, String> likelihoods, String note) {
        long coderId = wb.coders().stream().filter(c -> c.name().equals(coder)).findFirst().orElseThrow().id();
        Segment passage = wb.coding().segments().stream().filter(s -> s.coderId() == coderId).findFirst().orElseThrow();
        wb.tracing().addEvidence(new EvidenceRequest(StudyHypotheses.TEMPLATE.name(), List.of(passage.id()), null,
                likelihoods, "Item of the " + coder, null, note, null));
    }

    @Test
    void theFirstCodersEvidenceIsLeftOutOfTheTableAndTheLedgerAndTheTabSaysSo(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        selectTab(robot, "Process tracing");
        @SuppressWarnings("unchecked")
        TableView<EvidenceRow> table = find(robot, "#evidenceTable", TableView.class);
        // The rows of one snapshot are shown at once: once there are any, there are all there will be.
        waitUntil(() -> !table.getItems().isEmpty());
        assertThat(read(() -> table.getItems().size())).isEqualTo(1);
        Label withheld = find(robot, "#evidenceWithheld", Label.class);
        assertThat(read(withheld::isVisible)).isTrue();

        EvidenceRow row = read(() -> table.getItems().get(0));
        assertThat(row.description()).isEqualTo("Item of the second-coder");
        assertThat(read(() -> table.getItems().stream().map(EvidenceRow::note).toList()))
                .doesNotContain(FIRST_NOTE);
        assertThat(read(withheld::getText)).isEqualTo("1 evidence item on passages hidden in blind mode is "
                + "left out (the ledger counts the 1 shown)");
        // H1 .4*.5 = .2, H2 .4*.65 = .26, Other .2*.5 = .1: the second coder's item alone.
        assertThat(read(() -> main.tracing().ledgerProperty().get().finalPosterior()[0]))
                .isCloseTo(0.2 / 0.56, org.assertj.core.api.Assertions.within(1e-9));

        robot.interact(() -> main.coder().blindProperty().set(false));
        waitUntil(() -> table.getItems().size() == 2 && !withheld.isVisible());
        assertThat(read(() -> table.getItems().stream().map(EvidenceRow::note).toList())).contains(FIRST_NOTE);
    }
}
