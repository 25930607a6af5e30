package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.testutil.TestProjects;

/**
 * Two programs on one project file (a lead's window and another window, or a command), each with its own undo history:
 * undo of adding a code, redo of deleting one, and undo of a merge took out passages and memos the other program wrote
 * since, without a word, and the deletion's own undo could not bring them back.
 */
class CodeUndoKeepsOthersPassagesTest {
    @TempDir
    Path dir;
    private Path file;
    private long document;

    @BeforeEach
    void project() {
        file = dir.resolve("test.parallax");
        try (Workbench wb = TestProjects.table1(dir)) {
            document = TestProjects.importOne(wb, TestProjects.textFile(dir, "report.txt",
                    "NATO and Russia met in Rome. The alliance spoke first."));
        }
    }

    @Test
    void undoingTheAdditionOfACodeAnotherProgramCodedWithIsRefusedAndKeepsTheirPassage() {
        try (Workbench window = Workbench.open(file); Workbench terminal = Workbench.open(file)) {
            Code added = window.codebook().addCode("Added in the window", null, null, null, null);
            terminal.setActiveCoder("ann");
            Segment theirs = terminal.coding().code(document, 0, 4, added.id(), null);

            assertThatThrownBy(() -> window.history().undo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("1 passage coded with “Added in the window” by ann since it was added; "
                            + "undoing the addition would delete it");
            assertThat(terminal.coding().segment(theirs.id()).codeId()).isEqualTo(added.id());
        }
    }

    @Test
    void redoingACodesDeletionAfterAnotherProgramCodedWithItIsRefusedAndKeepsTheirPassage() {
        try (Workbench window = Workbench.open(file); Workbench terminal = Workbench.open(file)) {
            Code code = window.codebook().code("Balance of power");
            window.coding().code(document, 0, 4, code.id(), null);
            window.codebook().deleteCode(code.id());
            window.history().undo();
            terminal.setActiveCoder("ann");
            Segment theirs = terminal.coding().code(document, 5, 11, code.id(), "ann's reading");

            assertThatThrownBy(() -> window.history().redo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("1 passage coded with “Balance of power” by ann since undo put it back; "
                            + "deleting it again would delete it");
            assertThat(terminal.coding().segment(theirs.id()).codeId()).isEqualTo(code.id());
            assertThat(terminal.memos().memo(MemoTarget.passage(theirs.id()))).isPresent();
        }
    }

    @Test
    void undoingAMergeAfterAnotherProgramWroteOnAMovedPassageIsRefusedAndKeepsTheirMemo() {
        try (Workbench window = Workbench.open(file); Workbench terminal = Workbench.open(file)) {
            long norms = window.codebook().code("Convergence of norms").id();
            long balance = window.codebook().code("Balance of power").id();
            Segment passage = window.coding().code(document, 0, 4, norms, null);
            window.codebook().mergeCode(norms, balance);
            terminal.setActiveCoder("ann");
            terminal.memos().set(MemoTarget.passage(passage.id()), "written after the merge");

            assertThatThrownBy(() -> window.history().undo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("Passage " + passage.id() + " gained a memo by ann since the merge; "
                            + "undoing the merge would delete that");
            assertThat(terminal.memos().memo(MemoTarget.passage(passage.id()))).get()
                    .satisfies(m -> assertThat(m.text()).isEqualTo("written after the merge"));
            assertThat(terminal.coding().segment(passage.id()).codeId()).isEqualTo(balance);
        }
    }

    @Test
    void aCodesDeletionUndoneBringsBackThePassagesCodedWithItJustBefore() {
        try (Workbench window = Workbench.open(file)) {
            Code code = window.codebook().code("Balance of power");
            window.coding().code(document, 0, 4, code.id(), "first");
            window.codebook().deleteCode(code.id());
            window.history().undo();
            window.history().redo();
            window.history().undo();
            assertThat(window.coding().segments()).extracting(Segment::start, Segment::memo)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "first"));
        }
    }

    /**
     * ann's memo on her passage of the merged code went onto her passage of the kept code at the same place; another
     * program then added to it, and undo of the merge deleted it there with their words.
     */
    @Test
    void undoingAMergeAfterAnotherProgramChangedACarriedMemoIsRefusedAndKeepsTheirWords() {
        try (Workbench window = Workbench.open(file); Workbench terminal = Workbench.open(file)) {
            long norms = window.codebook().code("Convergence of norms").id();
            long balance = window.codebook().code("Balance of power").id();
            Segment kept = window.coding().code(document, 0, 4, balance, null);
            window.coding().code(document, 0, 4, norms, "ann's reading");
            window.codebook().mergeCode(norms, balance);
            terminal.setActiveCoder("ann");
            terminal.memos().set(MemoTarget.passage(kept.id()), "ann's reading, and more after the merge");

            assertThatThrownBy(() -> window.history().undo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("was changed by ann");
            assertThat(terminal.memos().memo(MemoTarget.passage(kept.id()))).get()
                    .satisfies(m -> assertThat(m.text()).isEqualTo("ann's reading, and more after the merge"));
        }
    }
}
