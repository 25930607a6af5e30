package org.parallax.ui.passages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.ui.UiFixture;
import org.parallax.ui.coding.TextRange;

class PassagesViewModelTest {
    @TempDir
    Path dir;
    private UiFixture fixture;
    private PassagesViewModel passages;
    private Document concept;
    private String quote;

    @AfterEach
    void close() {
        // The warm-up and the index's merge threads stop before the temporary folder is deleted.
        fixture.close();
    }

    @BeforeEach
    void codeACyrillicPassage() {
        fixture = UiFixture.open(dir);
        passages = fixture.main.passages();
        concept = fixture.document("foreign_policy");
        fixture.main.documents().select(concept.id());
        String text = fixture.text(concept);
        int start = text.indexOf("Российской Федерации");
        quote = text.substring(start, start + "Российской Федерации".length());
        fixture.main.document().selectionProperty().set(new TextRange(start, start + quote.length()));
        fixture.main.document().codeWithShortcut(4);
    }

    @Test
    void listsThePassagesOfTheSelectedDocumentWithCoderAndCode() {
        assertThat(passages.rows()).singleElement().satisfies(row -> {
            assertThat(row.text()).isEqualTo(quote);
            assertThat(row.code()).isEqualTo(fixture.workbench().codebook().current().codes().stream()
                    .filter(c -> c.shortcut() == 4).findFirst().orElseThrow().name());
            assertThat(row.coder()).isEqualTo(fixture.workbench().activeCoder().name());
            assertThat(row.memo()).isEmpty();
        });
        assertThat(passages.headingProperty().get()).startsWith("Passages in ").endsWith("(1)");
    }

    @Test
    void memoEditedInTheListIsStoredAndShown() {
        passages.editMemo(passages.rows().get(0), "self-description of the state");
        assertThat(passages.rows().get(0).memo()).isEqualTo("self-description of the state");
        assertThat(fixture.main.undo().undoLabelProperty().get()).isEqualTo("Undo Edit passage memo");
    }

    @Test
    void selectingACodeListsItsPassagesAcrossDocuments() {
        long codeId = passages.rows().get(0).segment().codeId();
        passages.showCode(codeId, "the code");
        assertThat(passages.rows()).hasSize(1);
        assertThat(passages.headingProperty().get()).isEqualTo("Passages coded the code (1)");
    }

    @Test
    void openingAPassageSelectsItInTheDocumentView() {
        Document kremlin = fixture.document("2005-06-24");
        fixture.main.documents().select(kremlin.id());
        passages.showCode(fixture.workbench().coding().segments().get(0).codeId(), "x");
        passages.open(passages.rows().get(0));
        assertThat(fixture.main.document().documentProperty().get().id()).isEqualTo(concept.id());
        assertThat(fixture.main.document().revealProperty().get().end()
                - fixture.main.document().revealProperty().get().start()).isEqualTo(quote.length());
        assertThat(fixture.main.documents().selectedProperty().get().id()).isEqualTo(concept.id());
    }
}
