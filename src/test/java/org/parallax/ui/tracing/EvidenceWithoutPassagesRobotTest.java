package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.tracing.StudyHypotheses;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.EvidenceRequest;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * The Process tracing tab with an evidence item resting on no passage (its rows removed by another program): the
 * tab read the first passage of every item and showed no evidence at all. Now the item is a row without quote or
 * source, "no passage" in its Passage column, and opening it opens nothing.
 */
class EvidenceWithoutPassagesRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) throws Exception {
        Path project = super.project(folder);
        try (Workbench wb = Workbench.open(project)) {
            wb.tracing().installStudyTemplate();
            long passage = wb.coding().segments().get(0).id();
            wb.tracing().addEvidence(new EvidenceRequest(StudyHypotheses.TEMPLATE.name(), List.of(passage), null,
                    Map.of("H1", "0.8", "H2", "0.2", "Other", "0.5"), "Item without passage", null, "kept note", null));
            wb.tracing().addEvidence(new EvidenceRequest(StudyHypotheses.TEMPLATE.name(), List.of(passage), null,
                    Map.of("H1", "0.4", "H2", "0.6", "Other", "0.5"), "Item on a passage", null, null, null));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project)) {
            assertThat(c.createStatement().executeUpdate("DELETE FROM evidence_passages WHERE evidence_id = 1"))
                    .isEqualTo(1);
        }
        return project;
    }

    @Test
    void theItemIsARowWithoutQuoteBesideTheOthers(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        selectTab(robot, "Process tracing");
        @SuppressWarnings("unchecked")
        TableView<EvidenceRow> table = find(robot, "#evidenceTable", TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());
        List<EvidenceRow> rows = read(() -> List.copyOf(table.getItems()));
        assertThat(rows).extracting(EvidenceRow::description).containsExactly("Item without passage",
                "Item on a passage");
        EvidenceRow bare = rows.get(0);
        assertThat(bare.quote()).isEmpty();
        assertThat(bare.source()).isEmpty();
        assertThat(bare.status()).isEqualTo("no passage");
        assertThat(bare.note()).isEqualTo("kept note");
        assertThat(bare.hasPassage()).isFalse();
        assertThat(rows.get(1).hasPassage()).isTrue();
        assertThat(read(() -> main.tracing().ledgerProperty().get().steps())).hasSize(2);
    }
}
