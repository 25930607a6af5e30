package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
