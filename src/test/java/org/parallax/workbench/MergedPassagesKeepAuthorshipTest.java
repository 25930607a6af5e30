package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestProjects;

/**
 * A lead merges one code into another: each passage moves to the kept code as it was, its coder, its date, its memo's
 * author, last editor and dates, and where it came from (the assistant's provenance); undo and redo keep them too.
 */
class MergedPassagesKeepAuthorshipTest {
    @TempDir
    Path dir;
    Backend backend;
    Workbench wb;
    long doc;
    long balance;
    long norms;

    @BeforeEach
    void open(Backend backend) {
        this.backend = backend;
        wb = backend.table1(dir);
        doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "act.txt",
                "NATO and Russia build a council. The alliance speaks first.\n"));
        balance = wb.codebook().code("Balance of power").id();
        norms = wb.codebook().code("Convergence of norms").id();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    /**
     * Before, the merge put the passages in anew: ann's memo, which lena had sharpened, read as ann's alone, dated when
     * the passage was coded and never edited, and the assistant's passage lost where it came from; redo did the same.
     */
    @BothBackends
    void mergedPassagesKeepTheirMemosAuthorsEditorsDatesAndProvenanceThroughUndoAndRedo() {
        wb = backend.codingAs(wb, "ann");
        Segment memoed = wb.coding().code(doc, 0, 4, norms, "ann's reading of it");
        Provenance suggested = new Provenance(0, "knn", "1.4.0", "method=knn unit=sentence threshold=0.5 coder=ann",
                0.75, Instant.parse("2026-11-02T09:30:00Z"));
        Segment assisted = wb.coding().codeSuggested(doc, 9, 15, norms, suggested);
        wb = backend.codingAs(wb, "lena");
        MemoTarget target = MemoTarget.passage(memoed.id());
        Memo sharpened = wb.memos().set(target, "ann's reading of it, sharpened by lena").orElseThrow();
        wb = backend.codingAs(wb, "lee");

        wb.codebook().mergeCode(norms, balance);
        assertMovedAsTheyWere(memoed, assisted, sharpened, suggested);

        wb.history().undo();
        assertThat(wb.codebook().current().code(norms)).isPresent();
        assertThat(wb.coding().segments()).extracting(Segment::codeId).containsOnly(norms);
        Memo back = memoOf(memoed);
        assertThat(back.byline()).isEqualTo("ann, last edited by lena");
        assertThat(back.created()).isEqualTo(sharpened.created());
        assertThat(back.modified()).isEqualTo(sharpened.modified());

        wb.history().redo();
        assertMovedAsTheyWere(memoed, assisted, sharpened, suggested);
        wb = Backend.reopen(wb);
        assertMovedAsTheyWere(memoed, assisted, sharpened, suggested);
    }

    /**
     * ann coded the same words with both codes, her memo on the merged code's passage: the merge did not double the
     * passage, and her memo went with the merged code. It now stays, on the kept code's passage; undo puts it back.
     */
    @BothBackends
    void aMemoOfAPassageTheKeptCodeAlreadyHasIsNotLost() {
        wb = backend.codingAs(wb, "ann");
        Segment kept = wb.coding().code(doc, 0, 4, balance, null);
        Segment twin = wb.coding().code(doc, 0, 4, norms, "ann's reading of it");
        Memo written = wb.memos().memo(MemoTarget.passage(twin.id())).orElseThrow();

        wb.codebook().mergeCode(norms, balance);
        assertThat(wb.coding().segments()).extracting(Segment::id).containsExactly(kept.id());
        Memo carried = wb.memos().memo(MemoTarget.passage(kept.id())).orElseThrow();
        assertThat(carried.text()).isEqualTo(written.text());
        assertThat(carried.author()).isEqualTo(written.author());
        assertThat(carried.created()).isEqualTo(written.created());

        wb.history().undo();
        assertThat(wb.memos().memo(MemoTarget.passage(kept.id()))).isEmpty();
        assertThat(wb.memos().memo(MemoTarget.passage(twin.id()))).get().extracting(Memo::text)
                .isEqualTo(written.text());
    }

    private void assertMovedAsTheyWere(Segment memoed, Segment assisted, Memo sharpened, Provenance suggested) {
        assertThat(wb.codebook().current().code(norms)).isEmpty();
        List<Segment> passages = wb.coding().segments();
        assertThat(passages).extracting(Segment::codeId).containsOnly(balance);
        assertThat(passages).extracting(Segment::coderId, Segment::created, Segment::start).containsExactly(
                org.assertj.core.groups.Tuple.tuple(memoed.coderId(), memoed.created(), memoed.start()),
                org.assertj.core.groups.Tuple.tuple(assisted.coderId(), assisted.created(), assisted.start()));
        Memo moved = memoOf(memoed);
        assertThat(moved.text()).isEqualTo(sharpened.text());
        assertThat(moved.byline()).as("the byline").isEqualTo("ann, last edited by lena");
        assertThat(moved.created()).as("written").isEqualTo(sharpened.created());
        assertThat(moved.modified()).as("last changed").isEqualTo(sharpened.modified());
        Segment movedAssisted = passages.stream().filter(s -> s.start() == assisted.start()).findFirst().orElseThrow();
        Map<Long, Provenance> provenance = wb.coding().provenance(List.of(movedAssisted.id()));
        assertThat(provenance.get(movedAssisted.id())).as("where the assistant's passage came from")
                .isEqualTo(suggested.withSegment(movedAssisted.id()));
    }

    private Memo memoOf(Segment like) {
        Segment now = wb.coding().segments().stream().filter(s -> s.start() == like.start()).findFirst().orElseThrow();
        return wb.memos().memo(MemoTarget.passage(now.id())).orElseThrow();
    }
}
