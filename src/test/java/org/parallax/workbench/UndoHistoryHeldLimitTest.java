package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;

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
    private static final String[] WORDS = ("the of and to in that alliance treaty security member states border "
            + "troops exercise summit minister council defence agreement missile deployment talks").split(" ");

    @TempDir
    Path dir;

    @Test
    void aBatchHoldingMoreThanTheLimitIsUndoneAtOnceOrLetGoByTheNextStepAndUndoSaysSo() throws Exception {
        try (Workbench wb = Workbench.createWithTemplate(dir.resolve("large.parallax"), Workbench.STUDY_TEMPLATE)) {
            List<Document> documents = imported(wb);
            wb.coding().codeAll(passages(wb, documents, LARGE), "Large batch");

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
            wb.coding().codeAll(passages(wb, documents, 20_000), "Small batch");
            Code code = wb.codebook().current().codes().get(0);
            wb.coding().code(documents.get(0).id(), 3, 9, code.id(), null);

            assertThat(wb.history().undo()).hasValue("Code passage with " + code.name());
            assertThat(wb.history().undo()).hasValue("Small batch");
            assertThat(wb.coding().segments()).isEmpty();
            assertThat(wb.history().undoUnavailable()).isEmpty();
        }
    }

    private List<Document> imported(Workbench wb) throws IOException {
        Random random = new Random(7);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            StringBuilder text = new StringBuilder("Statement " + i + ".\n\n");
            while (text.length() < DOCUMENT_CHARS) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
            }
            files.add(Files.writeString(dir.resolve("statement-" + i + ".txt"), text));
        }
        return wb.documents().importFiles(new ImportRequest(files, null, null), TaskProgress.NONE).imported();
    }

    /** {@code count} distinct passages, the codes taken in turn (passages of one code would hold one number). */
    private static List<Segment> passages(Workbench wb, List<Document> documents, int count) {
        List<Code> codes = wb.codebook().current().codes();
        long coder = wb.activeCoder().id();
        Instant created = Instant.parse("2026-03-01T10:00:00Z");
        Random random = new Random(11);
        List<Segment> drafts = new ArrayList<>(count);
        Set<String> taken = new HashSet<>();
        while (drafts.size() < count) {
            Document document = documents.get(random.nextInt(documents.size()));
            int start = 100 + random.nextInt(document.length() - 200);
            int end = start + 20 + random.nextInt(60);
            long code = codes.get(drafts.size() % codes.size()).id();
            if (taken.add(document.id() + ":" + start + ":" + end + ":" + code)) {
                drafts.add(new Segment(0, document.id(), start, end, code, coder, null, created));
            }
        }
        return drafts;
    }
}
