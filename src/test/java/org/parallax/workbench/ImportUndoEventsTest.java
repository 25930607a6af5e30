package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.CausalEvent;
import org.parallax.testutil.TestProjects;

/**
 * A REFI-QDA file merged into a project that holds its documents brings a colleague's passages and, as process tracing
 * notes, events (docs/refi-qda.md). Undo took the passages out and left the events, which start the periods of every
 * analysis; undo and redo now take out and put back the whole import.
 */
class ImportUndoEventsTest {
    private static final String TEXT = "NATO and Russia build a council. The alliance remains open.\n";

    @TempDir
    Path dir;

    @Test
    void undoOfAMergeThatAddedEventsTakesTheEventsOutWithThePassagesAndRedoPutsThemBack() {
        Path qdpx = colleaguesExport(wb -> wb.tracing().addEvent(LocalDate.of(2002, 5, 28), "Rome summit",
                "The NATO-Russia Council is founded"));
        try (Workbench wb = mine()) {
            List<CausalEvent> before = wb.tracing().events();
            int passagesBefore = wb.coding().segments().size();

            ExchangeReport report = wb.exchange().importQdpx(qdpx);
            assertThat(report.eventsAdded()).isEqualTo(1);
            assertThat(wb.coding().segments()).hasSize(passagesBefore + 1);
            assertThat(wb.history().canUndo()).isTrue();

            wb.history().undo();
            assertThat(wb.coding().segments()).hasSize(passagesBefore);
            assertThat(wb.tracing().events()).isEqualTo(before);

            wb.history().redo();
            assertThat(wb.coding().segments()).hasSize(passagesBefore + 1);
            assertThat(wb.tracing().events()).extracting(CausalEvent::label).contains("Rome summit")
                    .hasSize(before.size() + 1);

            wb.history().undo();
            assertThat(wb.tracing().events()).isEqualTo(before);
        }
    }

    /**
     * A hypothesis set a file brings (with its evidence, resting on the file's passages) cannot be taken out by the
     * merge's undo step, which took the passages out under the set's evidence and left the set: such an import clears
     * the undo history, as one that adds documents does.
     */
    @Test
    void aMergeThatAddedAHypothesisSetIsNotUndoneByHalves() {
        Path qdpx = colleaguesExport(wb -> wb.tracing().installStudyTemplate());
        try (Workbench wb = mine()) {
            ExchangeReport report = wb.exchange().importQdpx(qdpx);

            assertThat(report.hypothesisSetsAdded()).isEqualTo(1);
            assertThat(report.segmentsAdded()).isEqualTo(1);
            assertThat(wb.history().canUndo()).isFalse();
        }
    }

    /** A colleague's project of the text with one coded passage and what {@code adds} adds, exported as .qdpx. */
    private Path colleaguesExport(Consumer<Workbench> adds) {
        Path qdpx = dir.resolve("colleague.qdpx");
        Path colleague = dir.resolve("colleague");
        colleague.toFile().mkdirs();
        try (Workbench wb = TestProjects.table1(colleague)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(colleague, "act.txt", TEXT));
            wb.coding().code(doc, 0, 4, wb.codebook().code("Balance of power").id(), null);
            adds.accept(wb);
            wb.exchange().exportQdpx(qdpx);
        }
        return qdpx;
    }

    /** My project, holding the same text uncoded. */
    private Workbench mine() {
        Path mine = dir.resolve("mine");
        mine.toFile().mkdirs();
        Workbench wb = TestProjects.table1(mine);
        TestProjects.importOne(wb, TestProjects.textFile(mine, "act.txt", TEXT));
        return wb;
    }
}
