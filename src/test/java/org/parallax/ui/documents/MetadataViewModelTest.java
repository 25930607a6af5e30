package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.ui.UiFixture;
import org.parallax.ui.coding.TextRange;
import org.parallax.workbench.Workbench;

/** The details form writes only what the user changed and keeps unsaved edits across refreshes. */
class MetadataViewModelTest {
    private static final String DIALOGUE = "Institutionalized dialogue";

    @TempDir
    Path dir;
    private UiFixture fixture;
    private MetadataViewModel meta;
    private Document kremlin;

    @AfterEach
    void close() {
        // Closing stops the index's merge threads before the temporary folder is deleted.
        fixture.main.close();
    }

    @BeforeEach
    void open() {
        fixture = UiFixture.open(dir);
        meta = fixture.main.metadata();
        kremlin = fixture.document("2005-06-24");
        fixture.workbench().documents().updateMeta(kremlin.id(), stored().withLanguage("en"));
        fixture.main.documents().select(kremlin.id());
    }

    private DocumentMeta stored() {
        return fixture.workbench().documents().require(kremlin.id()).meta();
    }

    @Test
    void savingWritesOnlyTheEditedFieldOverWhatIsStoredNow() {
        meta.actorProperty().set("Russia");
        // Changed elsewhere after the form showed the document (another panel, the command line).
        DocumentMeta elsewhere = new DocumentMeta(stored().title(), stored().date(), stored().type(), null, "ru",
                DIALOGUE, stored().attributes());
        fixture.workbench().documents().updateMeta(kremlin.id(), elsewhere);

        meta.save();

        assertThat(stored().actor()).isEqualTo("Russia");
        assertThat(stored().scenario()).isEqualTo(DIALOGUE);
        assertThat(stored().language()).isEqualTo("ru");
    }

    @Test
    void savingUntouchedDetailsWritesNothing() {
        String undoBefore = fixture.main.undo().undoLabelProperty().get();
        meta.scenarioProperty().set(DIALOGUE);
        meta.scenarioProperty().set("");
        meta.save();
        assertThat(fixture.main.undo().undoLabelProperty().get()).isEqualTo(undoBefore);
    }

    @Test
    void anUnsavedEditSurvivesARefreshOfTheSameDocument() {
        meta.titleProperty().set("Putin meets de Hoop Scheffer");
        int start = fixture.text(kremlin).indexOf("cooperation");
        fixture.main.document().selectionProperty().set(new TextRange(start, start + 11));
        fixture.main.document().codeWithShortcut(1);
        fixture.workbench().codebook().addScenario("Crisis talks", null);

        assertThat(meta.titleProperty().get()).isEqualTo("Putin meets de Hoop Scheffer");
        assertThat(meta.languageProperty().get()).isEqualTo("en");
        assertThat(meta.scenarioNames()).contains("Crisis talks");
        meta.save();
        assertThat(stored().title()).isEqualTo("Putin meets de Hoop Scheffer");
        assertThat(meta.isEdited()).isFalse();
    }

    @Test
    void anotherDocumentStartsAfresh() {
        meta.titleProperty().set("half typed");
        fixture.main.documents().select(fixture.document("foreign_policy").id());
        assertThat(meta.titleProperty().get()).isNotEqualTo("half typed");
        assertThat(meta.isEdited()).isFalse();
    }

    @Test
    void leavingADocumentSavesWhatWasTypedWithoutSaveDetails() {
        meta.actorProperty().set("Russia");
        meta.attributesProperty().set("speaker = Totsky");

        fixture.main.documents().select(fixture.document("foreign_policy").id());

        assertThat(stored().actor()).isEqualTo("Russia");
        assertThat(stored().attributes()).containsEntry("speaker", "Totsky");
        assertThat(stored().language()).isEqualTo("en");
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    @Test
    void closingTheProjectSavesWhatWasTyped() throws Exception {
        meta.actorProperty().set("Russia");

        fixture.main.close();

        try (Workbench reopened = Workbench.open(fixture.project)) {
            assertThat(reopened.documents().require(kremlin.id()).meta().actor()).isEqualTo("Russia");
        }
    }

    @Test
    void leavingADocumentWithAMalformedDateSaysSoAndNamesIt() {
        meta.dateProperty().set("24 June");

        fixture.main.documents().select(fixture.document("foreign_policy").id());

        assertThat(fixture.dialogs.errors).singleElement().asString().contains("24 June").contains(kremlin.meta().title());
        assertThat(stored().date()).isEqualTo(kremlin.meta().date());
    }

    /** "2014-02-30" was called "not a date like 1997-05-27", which it looks like; the event and evidence forms say why. */
    @Test
    void aDayThatDoesNotExistIsSaidToNotExist() {
        meta.dateProperty().set("2014-02-30");

        fixture.main.documents().select(fixture.document("foreign_policy").id());

        assertThat(fixture.dialogs.errors).singleElement().asString().contains(kremlin.meta().title())
                .contains("'2014-02-30' is not a date").contains("that day does not exist");
        assertThat(stored().date()).isEqualTo(kremlin.meta().date());
    }

    @Test
    void severalSelectedDocumentsShowWhatTheyShareAndBlankWhereTheyDiffer() {
        Document concept = fixture.document("foreign_policy");
        fixture.workbench().documents().updateMeta(concept.id(), meta(concept).withLanguage("en"));
        fixture.main.documents().choose(fixture.main.documents().rows());

        assertThat(meta.severalProperty().get()).isTrue();
        assertThat(meta.titlePromptProperty().get()).startsWith("2 documents selected");
        assertThat(meta.titleProperty().get()).isEmpty();
        assertThat(meta.languageProperty().get()).isEqualTo("en");
        assertThat(meta.dateProperty().get()).as("their dates differ").isEmpty();
        assertThat(meta.isEdited()).isFalse();
    }

    @Test
    void aFieldChangedWithSeveralSelectedIsSetForAllInOneUndoableChangeAndTheRestKeepTheirOwn() {
        Document concept = fixture.document("foreign_policy");
        DocumentMeta kremlinBefore = stored();
        DocumentMeta conceptBefore = meta(concept);
        fixture.main.documents().choose(fixture.main.documents().rows());

        meta.actorProperty().set("Russia");
        meta.save();

        assertThat(stored().actor()).isEqualTo("Russia");
        assertThat(meta(concept).actor()).isEqualTo("Russia");
        assertThat(withoutActor(stored())).isEqualTo(withoutActor(kremlinBefore));
        assertThat(withoutActor(meta(concept))).isEqualTo(withoutActor(conceptBefore));
        assertThat(fixture.main.undo().undoLabelProperty().get()).isEqualTo("Undo Edit details of 2 documents");
        assertThat(fixture.main.documents().chosenRows()).as("the reload keeps both selected").hasSize(2);
        assertThat(meta.actorProperty().get()).isEqualTo("Russia");
        assertThat(meta.isEdited()).isFalse();

        fixture.main.undo().undo();

        assertThat(stored()).isEqualTo(kremlinBefore);
        assertThat(meta(concept)).isEqualTo(conceptBefore);
    }

    @Test
    void choosingOneDocumentAgainSavesWhatWasTypedForTheSeveral() {
        Document concept = fixture.document("foreign_policy");
        DocumentsViewModel documents = fixture.main.documents();
        documents.choose(documents.rows());
        meta.typeProperty().set(org.parallax.model.DocumentType.SPEECH);

        documents.choose(List.of(documents.find(kremlin.id()).orElseThrow()));

        assertThat(stored().type()).isEqualTo(org.parallax.model.DocumentType.SPEECH);
        assertThat(meta(concept).type()).isEqualTo(org.parallax.model.DocumentType.SPEECH);
        assertThat(meta.severalProperty().get()).isFalse();
        assertThat(meta.titleProperty().get()).isEqualTo(stored().title());
    }

    private static DocumentMeta withoutActor(DocumentMeta m) {
        return new DocumentMeta(m.title(), m.date(), m.type(), null, m.language(), m.scenario(), m.attributes());
    }

    private DocumentMeta meta(Document document) {
        return fixture.workbench().documents().require(document.id()).meta();
    }
}
