package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;

/**
 * Undo and redo of a merge (another coder's project file or REFI-QDA export brought into this project) keep what others
 * did and who did it: a merged passage another member gave another code since is not deleted by undo, and a memo
 * another member wrote on a passage of the merged file comes with its writer and dates, and is put back by redo as
 * theirs: both had made it the passage's coder's, written when the passage was.
 */
class MergeUndoRedoKeepsOthersWorkTest {
    private static final Path SAMPLE = Path.of("samples", "nato-russia.parallax");
    @TempDir
    Path dir;

    @BothBackends
    void undoingAMergeAfterAnotherMemberRecodedAMergedPassageIsRefusedAndKeepsTheirCode(Backend backend)
            throws Exception {
        Path theirs = Files.copy(SAMPLE, dir.resolve("bob.parallax"));
        try (Workbench bob = Workbench.open(theirs)) {
            long document = bob.documents().list().get(0).id();
            bob.coding().code(document, 0, 12, bob.codebook().code("Balance of power").id(), "bob", null);
        }
        try (Workbench lead = backend.from(Files.copy(SAMPLE, dir.resolve("team.parallax")))) {
            lead.merging().mergeProject(theirs);
            Segment merged = bobs(lead);
            try (Workbench ann = backend.open(lead.location(), "ann")) {
                long other = ann.codebook().current().codes().stream().filter(c -> c.frameId() != null
                        && c.id() != merged.codeId()).findFirst().orElseThrow().id();
                ann.coding().changeCode(merged.id(), other);

                assertThatThrownBy(() -> lead.history().undo()).isInstanceOf(ParallaxException.class)
                        .hasMessageContaining("Passage " + merged.id() + " was given the code")
                        .hasMessageContaining("since the merge; undoing the merge would delete that");
                assertThat(ann.coding().segment(merged.id()).codeId()).isEqualTo(other);
            }
        }
    }

    @BothBackends
    void aMergeAndItsRedoKeepTheMemosOfTheMergedPassagesAsTheirWritersWroteThem(Backend backend) throws Exception {
        Path theirs = Files.copy(SAMPLE, dir.resolve("bob.parallax"));
        try (Workbench bob = Workbench.open(theirs)) {
            long document = bob.documents().list().get(0).id();
            bob.setActiveCoder("bob");
            Segment passage = bob.coding().code(document, 0, 12, bob.codebook().code("Balance of power").id(), null);
            bob.setActiveCoder("cora");
            bob.memos().set(MemoTarget.passage(passage.id()), "cora's note on bob's passage");
        }
        try (Workbench lead = backend.from(Files.copy(SAMPLE, dir.resolve("team.parallax")))) {
            lead.merging().mergeProject(theirs);
            Segment merged = bobs(lead);
            Memo before = lead.memos().memo(MemoTarget.passage(merged.id())).orElseThrow();
            assertThat(before.author()).as("the memo's writer, merged").isEqualTo("cora");
            Memo written = theirMemo(theirs);
            assertThat(before.created()).isEqualTo(written.created());

            lead.history().undo();
            lead.history().redo();

            Memo after = lead.memos().memo(MemoTarget.passage(merged.id())).orElseThrow();
            assertThat(after.text()).isEqualTo("cora's note on bob's passage");
            assertThat(after.author()).as("the memo's writer").isEqualTo("cora");
            assertThat(after.created()).as("when it was written").isEqualTo(before.created());
            assertThat(after.modified()).isEqualTo(before.modified());
        }
    }

    private static Memo theirMemo(Path file) {
        try (Workbench theirs = Workbench.open(file)) {
            return theirs.memos().all().stream().filter(m -> m.text().startsWith("cora's")).findFirst().orElseThrow();
        }
    }

    /** The one passage of coder bob, which the merge brought. */
    private static Segment bobs(Workbench project) {
        long bob = project.coders().stream().filter(c -> c.name().equals("bob")).findFirst().orElseThrow().id();
        return project.coding().segments().stream().filter(s -> s.coderId() == bob).findFirst().orElseThrow();
    }
}
