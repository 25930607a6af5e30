package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.testutil.GeneratedCoding;

/**
 * The undo history's limit ({@link UndoHistory#HELD_LIMIT}) counted only batches and merges: a deleted code kept every
 * passage it took as objects, and removed documents their texts and rows, for the whole session, counted as nothing;
 * and steps waiting to be redone were not counted at all (an undone batch holds the passages it took out). Both now
 * count, and beyond the limit the steps farthest from the one just done or undone are let go.
 */
class UndoLimitCountsDeletionsAndRedoTest {
    @TempDir
    Path dir;

    @Test
    void aDeletedCodesPassagesCountAndTheNextStepLetsTheDeletionGo() throws Exception {
        try (Workbench wb = Workbench.createWithTemplate(dir.resolve("code.parallax"), Workbench.STUDY_TEMPLATE)) {
            List<Document> documents = imported(wb, 30, 30_000);
            Code doomed = wb.codebook().current().codes().stream().filter(c -> !c.isScenarioCode()).findFirst()
                    .orElseThrow();
            List<Segment> ofOneCode = GeneratedCoding.passages(wb, documents, 100_000).stream()
                    .map(s -> new Segment(0, s.documentId(), s.start(), s.end(), doomed.id(), s.coderId(), null,
                            s.created()))
                    .distinct().toList();
            wb.coding().codeAll(ofOneCode, "One code");
            wb.codebook().deleteCode(doomed.id());

            assertThat(wb.history().heldBytes()).as("the deletion holds its passages")
                    .isGreaterThan(UndoHistory.HELD_LIMIT);
            Code other = wb.codebook().current().codes().get(0);
            wb.coding().code(documents.get(0).id(), 3, 9, other.id(), null);

            assertThat(wb.history().heldBytes()).isLessThanOrEqualTo(UndoHistory.HELD_LIMIT);
            assertThat(wb.history().undo()).hasValue("Code passage with " + other.name());
            assertThat(wb.history().canUndo()).isFalse();
            assertThat(wb.history().undoUnavailable()).hasValueSatisfying(line -> assertThat(line)
                    .startsWith("Undo not available: “Delete code"));
        }
    }

    @Test
    void removedDocumentsTextsCountAndTheNextStepLetsTheRemovalGo() throws Exception {
        try (Workbench wb = Workbench.createWithTemplate(dir.resolve("texts.parallax"), Workbench.STUDY_TEMPLATE)) {
            List<Document> documents = imported(wb, 12, 900_000);
            wb.documents().delete(documents.subList(1, documents.size()).stream().map(Document::id).toList());

            assertThat(wb.history().heldBytes()).as("the removal holds the texts")
                    .isGreaterThan(UndoHistory.HELD_LIMIT);
            Code code = wb.codebook().current().codes().get(0);
            wb.coding().code(documents.get(0).id(), 3, 9, code.id(), null);

            assertThat(wb.history().heldBytes()).isLessThanOrEqualTo(UndoHistory.HELD_LIMIT);
            assertThat(wb.history().undo()).hasValue("Code passage with " + code.name());
            assertThat(wb.history().canUndo()).isFalse();
            assertThat(wb.documents().list()).hasSize(1);
        }
    }

    @Test
    void stepsWaitingToBeRedoneCountAndTheFarthestGoFirst() throws Exception {
        try (Workbench wb = Workbench.createWithTemplate(dir.resolve("redo.parallax"), Workbench.STUDY_TEMPLATE)) {
            List<Document> documents = imported(wb, 30, 30_000);
            List<Segment> all = GeneratedCoding.passages(wb, documents, 3 * BATCH);
            wb.coding().codeAll(all.subList(0, BATCH), "First batch");
            wb.coding().codeAll(all.subList(BATCH, 2 * BATCH), "Second batch");
            wb.coding().codeAll(all.subList(2 * BATCH, 3 * BATCH), "Third batch");
            assertThat(wb.history().heldBytes()).as("three batches to undo").isLessThanOrEqualTo(UndoHistory.HELD_LIMIT);

            assertThat(wb.history().undo()).hasValue("Third batch");
            assertThat(wb.history().heldBytes()).as("the undone batch holds the passages it took out")
                    .isLessThanOrEqualTo(UndoHistory.HELD_LIMIT);
            assertThat(wb.history().undo()).hasValue("Second batch");
            assertThat(wb.history().heldBytes()).isLessThanOrEqualTo(UndoHistory.HELD_LIMIT);
            assertThat(wb.history().redoLabel()).as("the step just undone is kept").hasValue("Second batch");

            assertThat(wb.history().redo()).hasValue("Second batch");
            assertThat(wb.coding().segments()).hasSize(2 * BATCH);
            assertThat(wb.history().heldBytes()).isLessThanOrEqualTo(UndoHistory.HELD_LIMIT);
            assertThat(wb.history().canRedo()).as("the third batch, farthest from the present, let go").isFalse();
            assertThat(wb.history().undo()).hasValue("Second batch");
            assertThat(wb.history().undo()).as("the oldest step to undo was kept").hasValue("First batch");
            assertThat(wb.coding().segments()).isEmpty();
        }
    }

    /**
     * Each batch waiting to be undone holds 16 bytes a passage (1.4 MB), undone 48 (the passages as it took them out,
     * 4.3 MB): three to undo fit the limit, and so do two of them and one undone, but not one and two undone.
     */
    private static final int BATCH = 90_000;

    private List<Document> imported(Workbench wb, int count, int chars) throws Exception {
        return wb.documents().importFiles(new ImportRequest(GeneratedCoding.statements(dir, count, chars), null,
                null), TaskProgress.NONE).imported();
    }
}
