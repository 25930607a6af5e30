package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.TestProjects;

/**
 * Two programs on one project file (the window and a command, or two windows), each with its own undo history: undo
 * in one after the other changed the same passage's code wrote back the code from before the first's change, so the
 * other program's change was undone though nobody asked for it.
 */
class UndoAfterAnotherProgramTest {
    @TempDir
    Path dir;

    @Test
    void undoingACodeChangeThatAnotherProgramChangedSinceIsRefusedAndKeepsTheirCode() {
        Path file = dir.resolve("test.parallax");
        long passage;
        List<Code> codes;
        try (Workbench wb = TestProjects.table1(dir)) {
            long document = TestProjects.importOne(wb, TestProjects.textFile(dir, "report.txt",
                    "NATO and Russia met in Rome."));
            codes = wb.codebook().current().codes();
            passage = wb.coding().code(document, 0, 4, codes.get(0).id(), null).id();
        }
        try (Workbench window = Workbench.open(file); Workbench terminal = Workbench.open(file)) {
            window.coding().changeCode(passage, codes.get(1).id());
            terminal.coding().changeCode(passage, codes.get(2).id());

            assertThatThrownBy(() -> window.history().undo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("Passage " + passage + " was given the code “" + codes.get(2).name()
                            + "” by another window or program meanwhile")
                    .hasMessageContaining("taken off the history");
            assertThat(terminal.coding().segment(passage).codeId()).isEqualTo(codes.get(2).id());

            terminal.history().undo();
            assertThat(window.coding().segment(passage).codeId()).as("the terminal's own undo")
                    .isEqualTo(codes.get(1).id());
        }
    }
}
