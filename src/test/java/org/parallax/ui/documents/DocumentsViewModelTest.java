package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.DocumentType;
import org.parallax.ui.UiFixture;
import org.parallax.ui.coding.TextRange;

class DocumentsViewModelTest {
    @TempDir
    Path dir;
    private UiFixture fixture;
    private DocumentsViewModel documents;

    @AfterEach
    void close() {
        // The warm-up and the index's merge threads stop before the temporary folder is deleted.
        fixture.close();
    }

    @BeforeEach
    void open() {
        fixture = UiFixture.open(dir);
        documents = fixture.main.documents();
    }

    @Test
    void listsEveryDocumentWithItsPassageCount() {
        Document kremlin = fixture.document("2005-06-24");
        assertThat(documents.rows()).hasSize(2).allMatch(r -> r.passages() == 0);
        documents.select(kremlin.id());
        fixture.main.document().selectionProperty().set(new TextRange(0, 20));
        fixture.main.document().codeWithShortcut(2);

        assertThat(documents.find(kremlin.id()).orElseThrow().passages()).isEqualTo(1);
        assertThat(documents.selectedProperty().get().id()).isEqualTo(kremlin.id());
    }

    @Test
    void filterKeepsRowsMatchingEveryWord() {
        Document concept = fixture.document("foreign_policy");
        documents.filterProperty().set(concept.title().split("\\s+")[0]);
        assertThat(documents.filteredRows()).extracting(DocumentRow::id).contains(concept.id());
        documents.filterProperty().set("no-such-word-anywhere");
        assertThat(documents.filteredRows()).isEmpty();
        documents.filterProperty().set("");
        assertThat(documents.filteredRows()).hasSize(2);
    }

    @Test
    void metadataEditsAreSavedUndoablyAndShownInTheList() {
        Document kremlin = fixture.document("2005-06-24");
        documents.select(kremlin.id());
        MetadataViewModel meta = fixture.main.metadata();
        meta.titleProperty().set("Putin meets de Hoop Scheffer");
        meta.dateProperty().set("2005-06-24");
        meta.typeProperty().set(DocumentType.MINUTES);
        meta.actorProperty().set("Russia");
        meta.attributesProperty().set("speaker = Kremlin press service");
        meta.save();

        DocumentRow row = documents.find(kremlin.id()).orElseThrow();
        assertThat(row.title()).isEqualTo("Putin meets de Hoop Scheffer");
        assertThat(row.date()).isEqualTo(LocalDate.of(2005, 6, 24));
        assertThat(row.actor()).isEqualTo("Russia");
        assertThat(row.type()).isEqualTo("minutes");
        assertThat(row.document().meta().attributes()).containsEntry("speaker", "Kremlin press service");
        assertThat(fixture.main.undo().undoLabelProperty().get()).isEqualTo("Undo Edit document details");
    }

    @Test
    void malformedDateIsRefusedWithAMessageNamingTheDocument() {
        Document kremlin = fixture.document("2005-06-24");
        LocalDate before = kremlin.meta().date();
        documents.select(kremlin.id());
        fixture.main.metadata().dateProperty().set("24 June");
        fixture.main.metadata().save();
        assertThat(fixture.dialogs.errors).singleElement().asString().contains("24 June").contains("write it as YYYY-MM-DD");
        assertThat(fixture.workbench().documents().require(kremlin.id()).meta().date()).isEqualTo(before);
    }

    @Test
    void failedImportShowsTheFileAndProblemAndLeavesTheProjectUnchanged() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        fixture.main.importer().importFiles(List.of(empty));

        assertThat(fixture.dialogs.errors).singleElement().asString()
                .contains("1 file could not be imported:").contains("empty.txt");
        assertThat(fixture.workbench().documents().list()).hasSize(2);
        assertThat(fixture.main.importer().runningProperty().get()).isFalse();
    }

    @Test
    void importAddsRowsAndReportsDuplicates() {
        fixture.main.importer().importFiles(List.of(Path.of("src/test/resources/corpus/2018-03-20_57101.txt"),
                UiFixture.KREMLIN));
        assertThat(documents.rows()).hasSize(3);
        assertThat(fixture.dialogs.informations).singleElement().asString().contains("1 file skipped as a duplicate:");
        assertThat(fixture.main.importer().messageProperty().get()).isEqualTo("1 document imported");
    }

    @Test
    void removingTheSelectedDocumentsAsksNamingThemThenRemovesThemWithTheirPassages() {
        Document kremlin = fixture.document("2005-06-24");
        Document concept = fixture.document("foreign_policy");
        documents.select(kremlin.id());
        fixture.main.document().selectionProperty().set(new TextRange(0, 20));
        fixture.main.document().codeWithShortcut(2);
        documents.choose(documents.rows());
        fixture.dialogs.confirmAnswer = false;

        documents.removeChosen();

        assertThat(fixture.dialogs.confirmations).singleElement().asString()
                .contains("Remove 2 documents", "'" + kremlin.title() + "'", "'" + concept.title() + "'",
                        "their 1 coded passage and memos", "Undo (Ctrl+Z) brings them back", "Restore from backup");
        assertThat(fixture.workbench().documents().list()).hasSize(2);

        fixture.dialogs.confirmAnswer = true;
        documents.removeChosen();

        assertThat(fixture.workbench().documents().list()).isEmpty();
        assertThat(fixture.workbench().coding().segments()).isEmpty();
        assertThat(fixture.dialogs.errors).as("the views let go of the open document, which is gone").isEmpty();
        assertThat(fixture.main.document().documentProperty().get()).isNull();
        assertThat(documents.rows()).isEmpty();
        assertThat(org.parallax.workbench.Backups.list(fixture.project))
                .anyMatch(b -> b.reason().equals("before delete documents"));
    }

    @Test
    void afterARemovalTheListOpensTheNextDocumentOrThePreviousAfterTheLast() {
        List<Long> order = documents.filteredRows().stream().map(DocumentRow::id).toList();
        assertThat(order).hasSize(2);
        fixture.dialogs.confirmAnswer = true;
        documents.select(order.get(0));

        documents.removeChosen();

        assertThat(documents.selectedProperty().get()).isNotNull().extracting(DocumentRow::id).isEqualTo(order.get(1));
        assertThat(fixture.main.document().documentProperty().get()).as("the reading view opens it")
                .isNotNull().extracting(d -> d.id()).isEqualTo(order.get(1));

        fixture.main.undo().undo();
        assertThat(documents.rows()).hasSize(2);
        documents.select(order.get(1));
        // As the list's table does: the row clicked is the one chosen (the undo chose the document it brought back).
        documents.choose(List.of(documents.selectedProperty().get()));
        documents.removeChosen();

        assertThat(documents.selectedProperty().get()).isNotNull().extracting(DocumentRow::id).isEqualTo(order.get(0));
        assertThat(fixture.main.document().documentProperty().get()).isNotNull().extracting(d -> d.id())
                .isEqualTo(order.get(0));
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    @Test
    void undoingARemovalSelectsAndOpensTheDocumentBroughtBackAndRedoMovesOnAgain() {
        List<Long> order = documents.filteredRows().stream().map(DocumentRow::id).toList();
        fixture.dialogs.confirmAnswer = true;
        documents.select(order.get(0));
        documents.removeChosen();
        assertThat(openIds()).as("after the removal").containsExactly(order.get(1), order.get(1));

        fixture.main.undo().undo();
        assertThat(openIds()).as("after the undo").containsExactly(order.get(0), order.get(0));
        assertThat(documents.chosenRows()).extracting(DocumentRow::id).containsExactly(order.get(0));

        fixture.main.undo().redo();
        assertThat(openIds()).as("after the redo").containsExactly(order.get(1), order.get(1));
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    @Test
    void undoingTheRemovalOfSeveralSelectsThemAllWithTheOneOpenThenOpenAgain() {
        List<Long> order = documents.filteredRows().stream().map(DocumentRow::id).toList();
        fixture.dialogs.confirmAnswer = true;
        documents.select(order.get(1));
        documents.choose(documents.rows());
        documents.removeChosen();
        assertThat(documents.rows()).isEmpty();

        fixture.main.undo().undo();
        assertThat(openIds()).containsExactly(order.get(1), order.get(1));
        assertThat(documents.chosenRows()).extracting(DocumentRow::id).containsExactlyInAnyOrderElementsOf(order);
    }

    /** The document the list holds open and the one the reading view shows (-1 for none). */
    private List<Long> openIds() {
        DocumentRow selected = documents.selectedProperty().get();
        var shown = fixture.main.document().documentProperty().get();
        return List.of(selected == null ? -1L : selected.id(), shown == null ? -1L : shown.id());
    }
}
