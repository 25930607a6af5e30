package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;

/**
 * Undo of a coding whose passages another program removed meanwhile (the command line's {@code parallax uncode},
 * another window): the status bar said "Undone: Code passage …" though nothing changed, and a batch of which some
 * were gone was undone for the rest without a word of those.
 */
class UndoOfPassagesGoneElsewhereTest {
    @TempDir
    Path dir;
    private UiFixture fixture;
    private final List<String> said = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = UiFixture.open(dir);
        fixture.main.undo().setOnStep(said::add);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void undoOfAPassageRemovedElsewhereSaysSoAndUndoesNothing() {
        Document first = fixture.workbench().documents().list().get(0);
        long code = fixture.workbench().codebook().current().codes().get(0).id();
        Segment kept = fixture.workbench().coding().code(first.id(), 40, 60, code, null);
        Segment coded = fixture.workbench().coding().code(first.id(), 0, 20, code, null);
        uncodeInAnotherProgram(coded);

        fixture.main.undo().undo();

        assertThat(said).as("the status bar's line").isEmpty();
        assertThat(fixture.dialogs.errors).containsExactly("Passage " + coded.id() + " was removed since it was "
                + "coded, in another window or program or by another member, so nothing was undone. This step cannot "
                + "be undone any more and is taken off the history; Undo now offers “Code passage with "
                + fixture.workbench().codebook().current().codes().get(0).name() + "”.");
        assertThat(fixture.workbench().coding().segments()).extracting(Segment::id).containsExactly(kept.id());
    }

    @Test
    void undoOfABatchSomeOfWhichWasRemovedElsewhereSaysHowManyWereUndoneAndHowManyWereGone() {
        List<Document> documents = fixture.workbench().documents().list();
        long code = fixture.workbench().codebook().current().codes().get(0).id();
        long coder = fixture.workbench().activeCoder().id();
        List<Segment> saved = fixture.workbench().coding().codeAll(List.of(
                new Segment(0, documents.get(0).id(), 0, 10, code, coder, null, Segment.EARLIEST),
                new Segment(0, documents.get(0).id(), 20, 30, code, coder, null, Segment.EARLIEST),
                new Segment(0, documents.get(1).id(), 0, 10, code, coder, null, Segment.EARLIEST)), "Auto-code");
        uncodeInAnotherProgram(saved.get(0));
        uncodeInAnotherProgram(saved.get(2));

        fixture.main.undo().undo();

        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(said).containsExactly("Undone: Auto-code — 1 passage taken out of 1 document; 2 others were gone "
                + "already, removed in another window or program or by another member");
        assertThat(fixture.workbench().coding().segments()).isEmpty();
    }

    /** What {@code parallax uncode PROJECT ID} does while the window is open. */
    private void uncodeInAnotherProgram(Segment passage) {
        try (Workbench other = Workbench.open(fixture.project)) {
            other.coding().uncode(passage.id());
        }
    }
}
