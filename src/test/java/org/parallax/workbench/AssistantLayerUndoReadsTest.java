package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.testutil.AssistantFixture;

/**
 * Undoing or redoing the assistant's layer writes passages and their provenance only, nothing the read cache holds
 * (documents, codebook, blind mode, events): the cache is kept, as after any other edit of passages, and what it holds
 * is what the store holds. Before, each undo or redo of a layer dropped it, and on a team server the next Table 1
 * read the document list and codebook again.
 */
class AssistantLayerUndoReadsTest {
    private static final AssistantSettings SETTINGS = AssistantSettings.defaults().withCoder(AssistantFixture.CODER);

    @TempDir
    Path dir;

    @Test
    void undoAndRedoOfTheAssistantsLayerKeepTheDocumentsAndCodebookAsRead() {
        try (Workbench wb = Workbench.open(AssistantFixture.create(dir, 6, 2))) {
            int analystPassages = wb.coding().segments().size();
            wb.assistant().run(SETTINGS, null, null);
            int withLayer = wb.coding().segments().size();
            assertThat(withLayer).isGreaterThan(analystPassages);
            keptThrough(wb, () -> wb.history().undo());
            assertThat(wb.coding().segments()).hasSize(analystPassages);
            keptThrough(wb, () -> wb.history().redo());
            assertThat(wb.coding().segments()).hasSize(withLayer);

            // A second run replaces the first layer: removal and addition in one commit, undone as one.
            wb.assistant().run(SETTINGS, null, null);
            keptThrough(wb, () -> wb.history().undo());
            assertThat(wb.coding().segments()).hasSize(withLayer);
            keptThrough(wb, () -> wb.history().redo());
        }
    }

    /** The read cache's document and codebook are the very objects read before {@code edit}, and the store's now. */
    private static void keptThrough(Workbench wb, Runnable edit) {
        ReadCache reads = wb.project().reads;
        long id = wb.documents().list().get(0).id();
        Document document = reads.document(id).orElseThrow();
        Codebook codebook = reads.codebook();

        edit.run();

        assertThat(reads.document(id).orElseThrow()).isSameAs(document)
                .isEqualTo(wb.project().documents.get(id).orElseThrow());
        assertThat(reads.codebook()).isSameAs(codebook).isEqualTo(wb.project().codebook.load());
    }
}
