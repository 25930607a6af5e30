package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;

/**
 * A code merge deleted the merged code's own memo (what the researcher wrote the code meant, how it was applied): only
 * undo brought it back. The merge keeps it on the kept code: moved as it was when that code has no memo, else appended
 * to its memo under a line saying where it came from; undo puts both memos back as they were.
 */
class MergedCodeKeepsItsMemoTest {
    @TempDir
    Path dir;
    private Workbench wb;

    @AfterEach
    void close() {
        wb.close();
    }

    @BothBackends
    void theMergedCodesMemoMovesToTheKeptCodeThatHasNoneAsItWasAndUndoPutsItBack(Backend backend) {
        wb = backend.codingAs(backend.table1(dir), "ann");
        long norms = wb.codebook().code("Convergence of norms").id();
        long balance = wb.codebook().code("Balance of power").id();
        Memo written = wb.memos().set(MemoTarget.code(norms), "Norms converge when both sides cite the charter.")
                .orElseThrow();
        wb = backend.codingAs(wb, "lena");

        wb.codebook().mergeCode(norms, balance);

        Memo kept = wb.memos().memo(MemoTarget.code(balance)).orElseThrow();
        assertThat(kept.text()).isEqualTo(written.text());
        assertThat(kept.byline()).as("still ann's words").isEqualTo("ann");
        assertThat(kept.created()).isEqualTo(written.created());
        wb.history().undo();
        assertThat(wb.memos().memo(MemoTarget.code(balance))).isEmpty();
        assertThat(wb.memos().memo(MemoTarget.code(norms))).get().extracting(Memo::text, Memo::byline)
                .containsExactly(written.text(), "ann");
    }

    @BothBackends
    void theMergedCodesMemoIsAppendedToTheKeptCodesMemoSayingWhereItCameFrom(Backend backend) {
        wb = backend.codingAs(backend.table1(dir), "ann");
        long norms = wb.codebook().code("Convergence of norms").id();
        long balance = wb.codebook().code("Balance of power").id();
        Memo merged = wb.memos().set(MemoTarget.code(norms), "Norms converge when both sides cite the charter.")
                .orElseThrow();
        wb = backend.codingAs(wb, "lee");
        Memo own = wb.memos().set(MemoTarget.code(balance), "Power is balanced by alliances.").orElseThrow();
        wb = backend.codingAs(wb, "lena");

        wb.codebook().mergeCode(norms, balance);

        Memo kept = wb.memos().memo(MemoTarget.code(balance)).orElseThrow();
        assertThat(kept.text()).isEqualTo("Power is balanced by alliances.\n\nFrom the memo of “Convergence of norms”, "
                + "merged into this code (ann):\nNorms converge when both sides cite the charter.");
        assertThat(kept.byline()).isEqualTo("lee, last edited by lena");
        wb.history().undo();
        assertThat(wb.memos().memo(MemoTarget.code(balance))).get().extracting(Memo::text, Memo::byline)
                .containsExactly(own.text(), "lee");
        assertThat(wb.memos().memo(MemoTarget.code(norms))).get().extracting(Memo::text, Memo::byline)
                .containsExactly(merged.text(), "ann");
        wb.history().redo();
        assertThat(wb.memos().memo(MemoTarget.code(balance))).get().extracting(Memo::text)
                .isEqualTo(kept.text());
    }
}
