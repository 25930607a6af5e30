package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.MemoTarget;
import org.parallax.model.PassageStatus;
import org.parallax.model.Segment;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.ProjectRows;
import org.parallax.testutil.TestProjects;

/**
 * Removing documents is one undoable action: undo puts back every row that pointed at them as it was (the project's
 * tables read past Parallax equal those before the removal), the search index finds their text again, evidence
 * quoting their passages is current again; redo removes them again.
 */
class DocumentRemovalUndoTest {
    /** The sample's Munich speech: 19 passages of two coders, memos and anchors among them. */
    private static final long MUNICH = 6;
    private static final String SET = org.parallax.analysis.tracing.StudyHypotheses.TEMPLATE.name();

    @TempDir
    Path dir;
    Workbench wb;

    @AfterEach
    void close() {
        if (wb != null) {
            wb.close();
        }
    }

    @BothBackends
    void undoPutsBackExactlyWhatTheRemovalTookAndRedoTakesItAgain(Backend backend) {
        wb = backend.from(TestProjects.sampleCopy(dir));
        long added = TestProjects.importOne(wb, TestProjects.textFile(dir, "note.txt",
                "A quokka crossed the conference hall.\n"));
        wb.search().awaitIndex();
        Segment passage = wb.coding().code(MUNICH, 0, 12, wb.codebook().code("Balance of power").id(), "why here");
        wb.memos().set(MemoTarget.document(MUNICH), "A memo on the speech");
        wb.codebook().addAnchor(passage.codeId(), passage.id());
        wb.assistant().reject(new Suggestion(MUNICH, 20, 40, passage.codeId(), "Balance of power", 0.4));
        wb.tracing().installStudyTemplate();
        wb.tracing().addEvidence(new EvidenceRequest(SET, List.of(passage.id()), null,
                Map.of("H1", "0.8", "H2", "0.3", "Other", "0.5"), null, null, null, null));
        Map<String, List<String>> before = ProjectRows.of(wb);
        assertThat(before.get("segments")).hasSizeGreaterThan(20);
        assertThat(before.get("code_anchors")).anyMatch(r -> r.contains("segment_id=" + passage.id() + " "));
        assertThat(wb.search().kwic("quokka", false, 5).totalHits()).isEqualTo(1);

        DocumentRemoval removal = wb.documents().delete(List.of(MUNICH, added));
        assertThat(removal.documents()).hasSize(2);
        assertThat(removal.passages()).isEqualTo(20);
        assertThat(wb.documents().get(MUNICH)).isEmpty();
        assertThat(wb.coding().segmentsOfDocument(MUNICH)).isEmpty();
        assertThat(wb.search().kwic("quokka", false, 5).totalHits()).isZero();
        assertThat(evidenceStatus()).isEqualTo(PassageStatus.DOCUMENT_REMOVED);
        assertThat(wb.history().undoLabel()).contains("Remove 2 documents");
        Map<String, List<String>> removed = ProjectRows.of(wb);
        assertThat(removed).isNotEqualTo(before);

        assertThat(wb.history().undo()).contains("Remove 2 documents");
        assertThat(ProjectRows.of(wb)).isEqualTo(before);
        assertThat(wb.search().kwic("quokka", false, 5).totalHits()).isEqualTo(1);
        assertThat(evidenceStatus()).isEqualTo(PassageStatus.CURRENT);
        assertThat(wb.coding().segmentsOfDocument(MUNICH)).hasSize(20);

        assertThat(wb.history().redo()).contains("Remove 2 documents");
        assertThat(ProjectRows.of(wb)).isEqualTo(removed);
        assertThat(wb.search().kwic("quokka", false, 5).totalHits()).isZero();
        wb.history().undo();
        assertThat(ProjectRows.of(wb)).isEqualTo(before);
    }

    @BothBackends
    void undoIsRefusedWhenTheSameTextWasImportedAgainAndChangesNothing(Backend backend) {
        wb = backend.table1(dir);
        Path file = TestProjects.textFile(dir, "note.txt", "A quokka crossed the conference hall.\n");
        long id = TestProjects.importOne(wb, file);
        wb.documents().delete(id);
        long again = TestProjects.importOne(wb, file);
        Map<String, List<String>> now = ProjectRows.of(wb);

        assertThatThrownBy(() -> wb.history().undo()).hasMessageContaining("Cannot put back 'note'")
                .hasMessageContaining("nothing was changed");
        assertThat(ProjectRows.of(wb)).isEqualTo(now);
        assertThat(wb.documents().list()).extracting(d -> d.id()).containsExactly(again);
    }

    private PassageStatus evidenceStatus() {
        return wb.tracing().evidence(SET).get(0).passages().get(0).status();
    }
}
