package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.testutil.GeneratedCoding;

/**
 * The undo history kept what every step needs for its undo for the whole session: a batch of passages of several codes
 * holds each passage's id and code (16 bytes a passage), so a merge or batch of 1,000,000 held some 16 MB for as long
 * as the project stayed open. The steps waiting to be undone now hold at most {@link UndoHistory#HELD_LIMIT} together
 * beside the step just done: a larger batch can be undone at once, the next step lets it go, and Undo then says why it
 * offers nothing.
 */
class UndoHistoryHeldLimitTest {
    private static final int DOCUMENTS = 30;
    private static final int DOCUMENT_CHARS = 30_000;
    /** 16 bytes each: more than the history keeps. */
    private static final int LARGE = 600_000;

    @TempDir
    Path dir;

    @Test
    void aBatchHoldingMoreThanTheLimitIsUndoneAtOnceOrLetGoByTheNextStepAndUndoSaysSo() throws Exception {
        try (Workbench wb = Workbench.createWithTemplate(dir.resolve("large.parallax"), Workbench.STUDY_TEMPLATE)) {
            List<Document> documents = imported(wb);
            wb.coding().codeAll(GeneratedCoding.passages(wb, documents, LARGE), "Large batch");

            assertThat(wb.history().heldBytes()).as("the step just done is kept")
                    .isGreaterThan(UndoHistory.HELD_LIMIT);
            assertThat(wb.history().undoLabel()).hasValue("Large batch");

            Code code = wb.codebook().current().codes().get(0);
            wb.coding().code(documents.get(0).id(), 3, 9, code.id(), null);

            assertThat(wb.history().heldBytes()).isLessThanOrEqualTo(UndoHistory.HELD_LIMIT);
            assertThat(wb.history().undo()).hasValue("Code passage with " + code.name());
            assertThat(wb.history().canUndo()).isFalse();
            assertThat(wb.history().undoUnavailable()).hasValueSatisfying(line -> assertThat(line)
                    .startsWith("Undo not available: “Large batch” and the steps before it were let go"));
            assertThat(wb.coding().segments()).hasSize(LARGE);
        }
    }

    @Test
    void stepsHoldingLessThanTheLimitStayUndoableBehindLaterSteps() throws Exception {
        try (Workbench wb = Workbench.createWithTemplate(dir.resolve("small.parallax"), Workbench.STUDY_TEMPLATE)) {
            List<Document> documents = imported(wb);
            wb.coding().codeAll(GeneratedCoding.passages(wb, documents, 20_000), "Small batch");
            Code code = wb.codebook().current().codes().get(0);
            wb.coding().code(documents.get(0).id(), 3, 9, code.id(), null);

            assertThat(wb.history().undo()).hasValue("Code passage with " + code.name());
            assertThat(wb.history().undo()).hasValue("Small batch");
            assertThat(wb.coding().segments()).isEmpty();
            assertThat(wb.history().undoUnavailable()).isEmpty();
        }
    }

    private List<Document> imported(Workbench wb) throws IOException {
        return wb.documents().importFiles(new ImportRequest(GeneratedCoding.statements(dir, DOCUMENTS,
                DOCUMENT_CHARS), null, null), TaskProgress.NONE).imported();
    }
}
