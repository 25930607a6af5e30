package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.Segment;
import org.parallax.ui.UiFixture;
import org.parallax.ui.app.UndoViewModel;

class CodingViewModelTest {
    private static final String PASSAGE = "Russia has joined the “Joint efforts” operation held by NATO";

    @TempDir
    Path dir;
    private UiFixture fixture;
    private DocumentViewModel vm;
    private Document kremlin;
    private int start;
    private int end;

    @AfterEach
    void close() {
        // The warm-up and the index's merge threads stop before the temporary folder is deleted.
        fixture.close();
    }

    @BeforeEach
    void openKremlinReadout() {
        fixture = UiFixture.open(dir);
        vm = fixture.main.document();
        kremlin = fixture.document("2005-06-24");
        fixture.main.documents().select(kremlin.id());
        start = fixture.text(kremlin).indexOf(PASSAGE);
        end = start + PASSAGE.length();
    }

    @Test
    void selectingADocumentShowsItsTextWithoutHighlights() {
        OpenDocument open = vm.documentProperty().get();
        assertThat(open.id()).isEqualTo(kremlin.id());
        assertThat(open.text()).contains(PASSAGE);
        assertThat(open.runs()).singleElement().satisfies(run -> {
            assertThat(run.start()).isZero();
            assertThat(run.end()).isEqualTo(open.text().length());
            assertThat(run.isCoded()).isFalse();
        });
    }

    @Test
    void shortcutKeyCodesTheSelectionAndHighlightsExactlyThatRange() {
        vm.selectionProperty().set(new TextRange(start, end));

        assertThat(vm.codeWithShortcut(1)).isTrue();

        OpenDocument open = vm.documentProperty().get();
        List<HighlightRun> coded = open.runs().stream().filter(HighlightRun::isCoded).toList();
        assertThat(coded).singleElement().satisfies(run -> {
            assertThat(run.start()).isEqualTo(start);
            assertThat(run.end()).isEqualTo(end);
            assertThat(run.codeIds()).containsExactly(fixture.code("Balance of power").id());
        });
        assertThat(vm.codeNamesAt(start)).containsExactly("Balance of power");
        assertThat(vm.codeNamesAt(end)).isEmpty();
        assertThat(open.runStyles().get(1)).contains("-rtfx-background-color: #d55e0040");
        assertThat(vm.revealProperty().get()).isEqualTo(new TextRange(end, end));
    }

    @Test
    void overlappingPassagesShowBothCodesOnlyWhereTheyOverlap() {
        // The second passage's ends fall mid-word on purpose: this test is about overlap, not snapping.
        vm.snapToWordsProperty().set(false);
        vm.selectionProperty().set(new TextRange(start, end));
        vm.codeSelection(fixture.code("Balance of power").id());
        vm.selectionProperty().set(new TextRange(start + 10, end + 20));
        vm.codeSelection(fixture.code("Convergence of interests").id());

        List<HighlightRun> coded = vm.documentProperty().get().runs().stream().filter(HighlightRun::isCoded).toList();
        assertThat(coded).extracting(HighlightRun::start, HighlightRun::end, r -> r.codeIds().size())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(start, start + 10, 1),
                        org.assertj.core.groups.Tuple.tuple(start + 10, end, 2),
                        org.assertj.core.groups.Tuple.tuple(end, end + 20, 1));
        assertThat(vm.codeNamesAt(start + 12)).containsExactly("Balance of power", "Convergence of interests");
        assertThat(vm.documentProperty().get().runStyles().get(2)).contains("-rtfx-underline-width");
    }

    @Test
    void undoAndRedoNameTheCodingAndRevertTheHighlight() {
        UndoViewModel undo = fixture.main.undo();
        vm.selectionProperty().set(new TextRange(start, end));
        vm.codeWithShortcut(1);
        assertThat(undo.undoLabelProperty().get()).isEqualTo("Undo Code passage with Balance of power");
        assertThat(undo.canRedoProperty().get()).isFalse();

        undo.undo();

        assertThat(vm.documentProperty().get().runs()).noneMatch(HighlightRun::isCoded);
        assertThat(undo.redoLabelProperty().get()).isEqualTo("Redo Code passage with Balance of power");
        assertThat(undo.canUndoProperty().get()).isFalse();

        undo.redo();
        assertThat(vm.codeNamesAt(start)).containsExactly("Balance of power");
    }

    @Test
    void contextActionsRemoveRecodeAndAnnotateAPassage() {
        vm.selectionProperty().set(new TextRange(start, end));
        vm.codeWithShortcut(1);
        Segment passage = vm.passagesAt(start + 1).get(0);

        vm.changeCode(passage, fixture.code("Convergence of norms").id());
        assertThat(vm.codeNamesAt(start)).containsExactly("Convergence of norms");

        vm.editMemo(vm.passagesAt(start).get(0), "joint naval operation");
        assertThat(fixture.workbench().coding().segment(passage.id()).memo()).isEqualTo("joint naval operation");

        vm.remove(vm.passagesAt(start).get(0));
        assertThat(vm.passagesAt(start)).isEmpty();
        assertThat(fixture.workbench().coding().segments()).isEmpty();
    }

    @Test
    void nothingIsCodedWithoutASelectionOrForAnUnassignedKey() {
        assertThat(vm.codeWithShortcut(1)).isFalse();
        vm.selectionProperty().set(new TextRange(start, end));
        assertThat(vm.codeWithShortcut(9)).isFalse();
        assertThat(fixture.workbench().coding().segments()).isEmpty();
    }

    @Test
    void snappingWidensTheSelectionToWholeWords() {
        vm.snapToWordsProperty().set(true);
        vm.selectionProperty().set(new TextRange(start + 2, end - 2));
        vm.codeWithShortcut(1);
        Segment saved = fixture.workbench().coding().segments().get(0);
        assertThat(fixture.text(kremlin).substring(saved.start(), saved.end())).isEqualTo(PASSAGE);
    }

    /**
     * The documents changing while a passage is selected (its details edited, another member's import on a team
     * project, every view reloading after the server connection came back) re-read the open document. The text
     * view keeps the selection on screen when the text is the same, so the view model must keep it too: it was
     * reset, and a number key then coded nothing, without a word, under a selection still shown.
     */
    @Test
    void aSelectionSurvivesTheDocumentsChangingUnderIt() {
        vm.selectionProperty().set(new TextRange(start, end));
        DocumentMeta m = kremlin.meta();
        fixture.main.context().write(wb -> wb.documents().updateMeta(kremlin.id(), new DocumentMeta(
                m.title() + " (readout)", m.date(), m.type(), m.actor(), m.language(), m.scenario(), m.attributes())));
        assertThat(vm.documentProperty().get().title()).endsWith(" (readout)");

        assertThat(vm.selectionProperty().get()).isEqualTo(new TextRange(start, end));
        assertThat(vm.codeWithShortcut(1)).isTrue();
        assertThat(fixture.workbench().coding().segments()).singleElement()
                .satisfies(s -> assertThat(s.start()).isEqualTo(start));
    }

    @Test
    void openingAnotherDocumentClearsTheSelection() {
        vm.selectionProperty().set(new TextRange(start, end));
        Document other = fixture.workbench().documents().list().stream().filter(d -> d.id() != kremlin.id())
                .findFirst().orElseThrow();
        fixture.main.documents().select(other.id());

        assertThat(vm.documentProperty().get().id()).isEqualTo(other.id());
        assertThat(vm.selectionProperty().get().isEmpty()).isTrue();
    }
}
