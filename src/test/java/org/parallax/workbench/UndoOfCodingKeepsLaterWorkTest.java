package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;
import org.parallax.testutil.TestProjects;

/**
 * Undo of coding a passage takes the passage out by its id, and its memo with it: when someone wrote on the passage
 * since (the same coder on her other machine, another window or program), that work went too, without a word. The
 * undo is refused naming who wrote what, and the passage stays with their work.
 */
@NeedsTestServer
class UndoOfCodingKeepsLaterWorkTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @TempDir
    Path dir;

    /**
     * ann codes a passage in her window at the office; on her laptop, in a copy pulled since, she writes a memo on it
     * and pushes. Ctrl+Z in the office window deleted the passage and the pushed memo from the server.
     */
    @Test
    void undoingACodingWhosePassageGainedAMemoFromAnotherMachineIsRefusedAndKeepsTheMemo() throws Exception {
        String owner = team.publish("h1_undomemo");
        String ann = team.member(owner, "ann", "coder");
        Segment passage;
        try (Workbench office = Workbench.open(ann, "ann pass"::toCharArray)) {
            long document = office.documents().list().get(0).id();
            long code = office.codebook().code("Balance of power").id();
            passage = office.coding().code(document, 0, 12, code, null);

            Path copy = dir.resolve("laptop.parallax");
            Team.pull(ann, null, copy, "ann pass"::toCharArray);
            try (Workbench laptop = Workbench.open(copy)) {
                laptop.memos().set(MemoTarget.passage(passage.id()), "written on the train");
            }
            assertThat(Team.push(copy, ann, null, "ann pass"::toCharArray).conflicts()).isEmpty();

            assertThatThrownBy(() -> office.history().undo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("Passage " + passage.id() + " gained a memo by " + TeamMembers.login(ann)
                            + " since it was coded")
                    .hasMessageContaining("taken off the history");
        }
        try (Workbench again = Workbench.open(ann, "ann pass"::toCharArray)) {
            assertThat(again.coding().segments()).extracting(Segment::id).contains(passage.id());
            assertThat(again.memos().memo(MemoTarget.passage(passage.id()))).get()
                    .satisfies(m -> assertThat(m.text()).isEqualTo("written on the train"));
        }
    }

    /** A memo changed since the coding, in another window: undo would delete the other window's words. */
    @Test
    void undoingACodingWhoseMemoAnotherWindowChangedIsRefused() {
        Path file = dir.resolve("test.parallax");
        long passage;
        try (Workbench wb = TestProjects.table1(dir)) {
            TestProjects.importOne(wb, TestProjects.textFile(dir, "report.txt", "NATO and Russia met in Rome."));
        }
        try (Workbench window = Workbench.open(file); Workbench terminal = Workbench.open(file)) {
            long document = window.documents().list().get(0).id();
            long code = window.codebook().current().codes().get(0).id();
            passage = window.coding().code(document, 0, 4, code, "first reading").id();
            terminal.memos().set(MemoTarget.passage(passage), "first reading, and the terminal's second");

            assertThatThrownBy(() -> window.history().undo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("The memo of passage " + passage + " was changed by")
                    .hasMessageContaining("since it was coded");
            assertThat(terminal.memos().memo(MemoTarget.passage(passage))).get()
                    .satisfies(m -> assertThat(m.text()).isEqualTo("first reading, and the terminal's second"));
        }
    }

    /**
     * Another program on the same project file gave the new passage another code; undo deleted the passage by its id,
     * taking the other program's code with it.
     */
    @Test
    void undoingACodingThatAnotherProgramRecodedIsRefusedAndKeepsTheirCode() {
        Path file = dir.resolve("test.parallax");
        List<Code> codes;
        try (Workbench wb = TestProjects.table1(dir)) {
            TestProjects.importOne(wb, TestProjects.textFile(dir, "report.txt", "NATO and Russia met in Rome."));
            codes = wb.codebook().current().codes();
        }
        try (Workbench window = Workbench.open(file); Workbench terminal = Workbench.open(file)) {
            long document = window.documents().list().get(0).id();
            long passage = window.coding().code(document, 0, 4, codes.get(0).id(), null).id();
            terminal.coding().changeCode(passage, codes.get(1).id());

            assertThatThrownBy(() -> window.history().undo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("Passage " + passage + " was given the code “" + codes.get(1).name()
                            + "” since it was coded");
            assertThat(terminal.coding().segment(passage).codeId()).isEqualTo(codes.get(1).id());
        }
    }

    /** Undo of the coding that nobody touched since still takes the passage out, and redo puts it back. */
    @Test
    void undoingAnUntouchedCodingStillWorksAndRedoThenUndoToo() {
        Path file = dir.resolve("test.parallax");
        try (Workbench wb = TestProjects.table1(dir)) {
            TestProjects.importOne(wb, TestProjects.textFile(dir, "report.txt", "NATO and Russia met in Rome."));
        }
        try (Workbench window = Workbench.open(file); Workbench terminal = Workbench.open(file)) {
            long document = window.documents().list().get(0).id();
            long code = window.codebook().current().codes().get(0).id();
            long passage = window.coding().code(document, 0, 4, code, "first reading").id();
            window.history().undo();
            assertThat(terminal.coding().segments()).isEmpty();
            window.history().redo();
            terminal.memos().set(MemoTarget.passage(passage), "written after the redo");

            assertThatThrownBy(() -> window.history().undo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("The memo of passage " + passage + " was changed by")
                    .hasMessageContaining("since it was coded");
            assertThat(terminal.coding().segments()).hasSize(1);
        }
    }

    /** A removal undone, then a memo written on the passage put back in another window: redo deleted that memo. */
    @Test
    void redoingARemovalAfterAnotherWindowWroteOnThePassageIsRefused() {
        Path file = dir.resolve("test.parallax");
        long passage;
        try (Workbench wb = TestProjects.table1(dir)) {
            long document = TestProjects.importOne(wb, TestProjects.textFile(dir, "report.txt",
                    "NATO and Russia met in Rome."));
            passage = wb.coding().code(document, 0, 4, wb.codebook().current().codes().get(0).id(), null).id();
        }
        try (Workbench window = Workbench.open(file); Workbench terminal = Workbench.open(file)) {
            window.coding().uncode(passage);
            window.history().undo();
            terminal.memos().set(MemoTarget.passage(passage), "written on the passage put back");

            assertThatThrownBy(() -> window.history().redo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("Passage " + passage + " gained a memo by")
                    .hasMessageContaining("since undo put it back");
            assertThat(terminal.memos().memo(MemoTarget.passage(passage))).isPresent();
        }
    }
}
