package org.parallax.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.Memo;
import org.parallax.model.MemoKind;
import org.parallax.model.MemoTarget;
import org.parallax.ui.UiFixture;
import org.parallax.ui.coding.TextRange;
import org.parallax.workbench.Workbench;

class MemoViewModelTest {
    @TempDir
    Path dir;
    private UiFixture fixture;
    private MemoViewModel memo;
    private Document concept;

    @AfterEach
    void close() {
        // The warm-up and the index's merge threads stop before the temporary folder is deleted.
        fixture.close();
    }

    @BeforeEach
    void openADocument() {
        fixture = UiFixture.open(dir);
        memo = fixture.main.memo();
        concept = fixture.document("foreign_policy");
        fixture.main.documents().select(concept.id());
    }

    private String stored(MemoTarget target) {
        return fixture.workbench().memos().memo(target).map(Memo::text).orElse(null);
    }

    @Test
    void followsTheOpenDocumentAndSavesEachPauseIntoOneUndoableSession() {
        assertThat(memo.availableProperty().get()).isTrue();
        assertThat(memo.headingProperty().get()).isEqualTo("Document memo: " + concept.title());
        memo.textProperty().set("Key text");
        memo.flush();
        memo.textProperty().set("Key text\nfor the Russian view");
        memo.flush();
        assertThat(stored(MemoTarget.document(concept.id()))).isEqualTo("Key text\nfor the Russian view");
        assertThat(memo.statusProperty().get()).isEqualTo("Saved");
        assertThat(memo.detailsProperty().get()).startsWith("by " + fixture.workbench().activeCoder().name());

        fixture.main.undo().undo();

        assertThat(stored(MemoTarget.document(concept.id()))).isNull();
        assertThat(memo.textProperty().get()).as("the pane shows what undo left").isEmpty();
        assertThat(fixture.workbench().history().canUndo()).isFalse();
    }

    @Test
    void turningToAnotherMemoSavesWhatWasTypedToTheFirst() {
        memo.textProperty().set("unsaved words");
        memo.kindProperty().set(MemoKind.PROJECT);
        assertThat(stored(MemoTarget.document(concept.id()))).isEqualTo("unsaved words");
        assertThat(memo.textProperty().get()).isEmpty();
        assertThat(memo.headingProperty().get()).isEqualTo("Research journal: Project");

        memo.kindProperty().set(MemoKind.CODE);
        assertThat(memo.availableProperty().get()).as("no code selected").isFalse();
        long code = fixture.code("Balance of power").id();
        memo.codeIdProperty().set(code);
        assertThat(memo.headingProperty().get()).isEqualTo("Code memo: Balance of power");
    }

    @Test
    void aPassageMemoFollowsTheSelectionAndMarksThePassage() {
        String text = fixture.text(concept);
        int start = text.indexOf("Российской Федерации");
        int end = start + "Российской Федерации".length();
        fixture.main.document().selectionProperty().set(new TextRange(start, end));
        fixture.main.document().codeWithShortcut(4);
        fixture.main.document().selectionProperty().set(new TextRange(start, end));
        memo.kindProperty().set(MemoKind.PASSAGE);
        assertThat(memo.availableProperty().get()).isTrue();
        memo.textProperty().set("the state names itself");
        memo.flush();
        long passage = fixture.workbench().coding().segmentsOfDocument(concept.id()).get(0).id();
        assertThat(stored(MemoTarget.passage(passage))).isEqualTo("the state names itself");
        assertThat(fixture.main.document().codeNamesAt(start + 1)).contains("  Memo: the state names itself");

        fixture.main.document().selectionProperty().set(new TextRange(start + 2, start + 2));
        assertThat(memo.textProperty().get()).as("the caret inside the passage keeps its memo")
                .isEqualTo("the state names itself");
        fixture.main.document().selectionProperty().set(new TextRange(0, 0));
        assertThat(memo.availableProperty().get()).isFalse();
    }

    @Test
    void aMemoNotSavedWhileAnotherProgramWroteIsSavedWhenTheResearcherMovesOnToAnotherDocument() throws Exception {
        MemoTarget target = MemoTarget.document(concept.id());
        try (Connection other = writingElsewhere()) {
            memo.textProperty().set("Read against the 2000 concept");
            memo.flush();
            assertThat(memo.statusProperty().get()).isEqualTo("Not saved");
            assertThat(fixture.dialogs.errors).singleElement().asString().contains("another program is writing");
        }
        assertThat(stored(target)).isNull();

        fixture.main.documents().select(fixture.document("kremlin").id());

        assertThat(stored(target)).as("what was typed, once the other program finished").isEqualTo(
                "Read against the 2000 concept");
        assertThat(fixture.dialogs.errors).hasSize(1);
    }

    @Test
    void aMemoNotSavedWhileAnotherProgramWroteIsSavedWhenTheProjectCloses() throws Exception {
        MemoTarget target = MemoTarget.document(concept.id());
        try (Connection other = writingElsewhere()) {
            memo.textProperty().set("Closing straight after the refusal");
            memo.flush();
        }

        fixture.main.close();

        try (Workbench wb = Workbench.open(fixture.project)) {
            assertThat(wb.memos().memo(target).map(Memo::text)).contains("Closing straight after the refusal");
        }
    }

    /**
     * A memo left unsaved (another program was writing) while the pane moved on was saved again at the close over the
     * memo as it was then, unchecked: a change another program had made to it meanwhile was overwritten without a word.
     */
    @Test
    void aMemoLeftUnsavedDoesNotOverwriteAnotherProgramsChangeWhenTheProjectCloses() throws Exception {
        MemoTarget target = MemoTarget.document(concept.id());
        try (Connection other = writingElsewhere()) {
            memo.textProperty().set("Read against the 2000 concept");
            memo.flush();
            fixture.main.documents().select(fixture.document("kremlin").id());
        }
        assertThat(stored(target)).isNull();
        try (Workbench other = Workbench.open(fixture.project)) {
            other.memos().session(target).save("Compare with the 2004 readout");
        }

        fixture.main.close();

        try (Workbench wb = Workbench.openReadOnly(fixture.project)) {
            assertThat(wb.memos().memo(target).map(Memo::text)).contains("Compare with the 2004 readout");
        }
        assertThat(fixture.dialogs.errors).last().asString().contains("was written by ")
                .endsWith("your last text, not saved: “Read against the 2000 concept”");
    }

    /** Another program (a long import from the command line, say) in the middle of writing to the project. */
    private Connection writingElsewhere() throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + fixture.project);
        c.createStatement().execute("BEGIN IMMEDIATE");
        return c;
    }
}
