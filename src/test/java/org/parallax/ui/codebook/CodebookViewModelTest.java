package org.parallax.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;
import org.parallax.ui.coding.TextRange;

class CodebookViewModelTest {
    @TempDir
    Path dir;
    private UiFixture fixture;
    private CodebookViewModel codebook;

    @AfterEach
    void close() {
        // The warm-up and the index's merge threads stop before the temporary folder is deleted.
        fixture.close();
    }

    @BeforeEach
    void codeTwoPassages() {
        fixture = UiFixture.open(dir);
        codebook = fixture.main.codebook();
        Document kremlin = fixture.document("2005-06-24");
        fixture.main.documents().select(kremlin.id());
        fixture.main.document().selectionProperty().set(new TextRange(0, 40));
        fixture.main.document().codeWithShortcut(1);
        fixture.main.document().selectionProperty().set(new TextRange(50, 90));
        fixture.main.document().codeWithShortcut(1);
    }

    private CodebookNode node(String name) {
        return codebook.roots().stream().flatMap(r -> r.children().stream()).filter(n -> n.name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void treeGroupsCodesByFrameWithLiveCountsAndScenariosLast() {
        assertThat(codebook.roots()).extracting(CodebookNode::name)
                .containsExactly("Realism", "Constructivism", "Scenarios");
        assertThat(codebook.roots().get(0).children()).extracting(CodebookNode::name)
                .containsExactly("Balance of power", "Perception of threatening behavior",
                        "Actions that are threatening to vital interests of either party");
        assertThat(node("Balance of power").count()).isEqualTo(2);
        assertThat(node("Balance of power").keyAndCount()).isEqualTo("Key 1 codes the selected text · 2 passages");
        assertThat(node("Perception of threatening behavior").keyAndCount())
                .as("a code with no passage yet").isEqualTo("Key 2 codes the selected text · 0 passages");
        assertThat(node("Balance of power").tooltip()).startsWith("The passage weighs the relative power");
        assertThat(codebook.roots().get(2).children()).extracting(CodebookNode::kind)
                .containsOnly(CodebookNode.Kind.SCENARIO).hasSize(3);
    }

    @Test
    void deleteConfirmsWithThePassageCountAndIsUndoable() {
        codebook.selectedProperty().set(node("Balance of power"));
        codebook.delete();
        assertThat(fixture.dialogs.confirmations).singleElement().asString()
                .isEqualTo("Delete 'Balance of power' and its 2 coded passages? Its memo, the memos on those passages"
                        + " and its anchor examples go too. Edit → Undo (Ctrl+Z) brings them all back.");
        assertThat(codebook.roots().get(0).children()).extracting(CodebookNode::name)
                .doesNotContain("Balance of power");
        assertThat(fixture.workbench().coding().segments()).isEmpty();

        fixture.main.undo().undo();
        assertThat(node("Balance of power").count()).isEqualTo(2);
    }

    /**
     * A coder in blind mode saw their own 2 passages and was asked about 3: the delete takes every layer's, so the
     * question says how many of them are another coder's, unseen.
     */
    @Test
    void deleteInBlindModeSaysHowManyOfThePassagesBlindModeHides() {
        Workbench wb = fixture.workbench();
        String me = wb.activeCoder().name();
        wb.setActiveCoder("ann");
        wb.coding().code(fixture.document("2005-06-24").id(), 100, 140, wb.codebook().code("Balance of power").id(),
                null);
        wb.setActiveCoder(me);
        wb.setBlindMode(true);

        codebook.selectedProperty().set(node("Balance of power"));
        codebook.delete();
        assertThat(fixture.dialogs.confirmations).singleElement().asString()
                .isEqualTo("Delete 'Balance of power' and its 3 coded passages, one of them another coder's, which "
                        + "blind mode hides from you? Its memo, the memos on those passages and its anchor examples go"
                        + " too. Edit → Undo (Ctrl+Z) brings them all back.");
        wb.setBlindMode(false);
        assertThat(wb.coding().segments()).as("every layer's, as the question said").isEmpty();
    }

    @Test
    void declinedDeleteKeepsTheCode() {
        fixture.dialogs.confirmAnswer = false;
        codebook.selectedProperty().set(node("Balance of power"));
        codebook.delete();
        assertThat(node("Balance of power").count()).isEqualTo(2);
    }

    @Test
    void mergeMovesThePassagesToTheChosenCode() {
        codebook.selectedProperty().set(node("Balance of power"));
        fixture.dialogs.choiceAnswer = "Constructivism › Convergence of norms";
        codebook.merge();
        assertThat(fixture.dialogs.confirmations).singleElement().asString().contains("Move 2 passages");
        assertThat(node("Convergence of norms").count()).isEqualTo(2);
        assertThat(fixture.main.undo().undoLabelProperty().get())
                .isEqualTo("Undo Merge Balance of power into Convergence of norms");
    }

    @Test
    void addAndRenameCodesThroughTheDialogs() {
        codebook.selectedProperty().set(codebook.roots().get(1));
        codebook.setFormPresenter(form -> {
            form.nameProperty().set("Identity change");
            assertThat(form.save()).isTrue();
        });
        codebook.addCode();
        assertThat(codebook.roots().get(1).children()).extracting(CodebookNode::name).contains("Identity change");

        codebook.selectedProperty().set(node("Identity change"));
        fixture.dialogs.textAnswers.add("Identity shift");
        codebook.rename();
        assertThat(codebook.roots().get(1).children()).extracting(CodebookNode::name)
                .contains("Identity shift").doesNotContain("Identity change");
        assertThat(fixture.main.undo().undoLabelProperty().get()).isEqualTo("Undo Edit code Identity change");
    }

    /**
     * A rename to a name another code has asks again with the name typed kept and says how to make the two one code;
     * the refusal closed the dialog and the name had to be typed again.
     */
    @Test
    void aRenameToATakenNameAsksAgainKeepingWhatWasTyped() {
        codebook.selectedProperty().set(node("Balance of power"));
        fixture.dialogs.textAnswers.add("Convergence of norms");
        fixture.dialogs.textAnswers.add("Balance of threat");

        codebook.rename();

        assertThat(fixture.dialogs.textPrompts).containsExactly("New name for 'Balance of power': [Balance of power]",
                "A code named 'Convergence of norms' already exists. Another name for 'Balance of power' (or cancel, "
                        + "and use Merge into… to make the two one code): [Convergence of norms]");
        assertThat(codebook.roots().get(0).children()).extracting(CodebookNode::name).contains("Balance of threat");
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    /** The guide under the tree says "Select a frame or a code": the code just made is the one selected. */
    @Test
    void aNewCodeOrFrameIsSelectedOnceMade() {
        codebook.selectedProperty().set(codebook.roots().get(1));
        codebook.setFormPresenter(form -> {
            form.nameProperty().set("Identity change");
            assertThat(form.save()).isTrue();
        });
        codebook.addCode();
        assertThat(codebook.selectedProperty().get()).isEqualTo(node("Identity change"));

        codebook.setFormPresenter(form -> {
            form.nameProperty().set("Liberal institutionalism");
            assertThat(form.save()).isTrue();
        });
        codebook.addFrame();
        assertThat(codebook.selectedProperty().get()).isNotNull()
                .extracting(CodebookNode::kind, CodebookNode::name)
                .containsExactly(CodebookNode.Kind.FRAME, "Liberal institutionalism");
    }

    @Test
    void movingACodeToAnotherFrameRegroupsTheTree() {
        codebook.selectedProperty().set(node("Balance of power"));
        fixture.dialogs.choiceAnswer = "Constructivism";
        codebook.moveToFrame();
        assertThat(codebook.roots().get(1).children()).extracting(CodebookNode::name).contains("Balance of power");
        assertThat(codebook.roots().get(0).children()).extracting(CodebookNode::name)
                .doesNotContain("Balance of power");
        assertThat(node("Balance of power").count()).isEqualTo(2);
    }

    /**
     * Codes picked together (Ctrl/Shift in the tree) went one by one: Move to frame… moved only the entry clicked
     * last. All of them move, and one Undo brings them all back.
     */
    @Test
    void codesPickedTogetherMoveToAFrameAsOneStep() {
        codebook.chosen().setAll(node("Balance of power"), node("Perception of threatening behavior"));
        codebook.selectedProperty().set(node("Perception of threatening behavior"));
        fixture.dialogs.choiceAnswer = "Constructivism";

        codebook.moveToFrame();

        assertThat(codebook.roots().get(1).children()).extracting(CodebookNode::name)
                .contains("Balance of power", "Perception of threatening behavior");
        assertThat(codebook.roots().get(0).children()).extracting(CodebookNode::name)
                .containsExactly("Actions that are threatening to vital interests of either party");
        assertThat(fixture.main.undo().undoLabelProperty().get()).isEqualTo("Undo Move 2 codes to Constructivism");
        fixture.main.undo().undo();
        assertThat(codebook.roots().get(0).children()).extracting(CodebookNode::name)
                .containsExactly("Balance of power", "Perception of threatening behavior",
                        "Actions that are threatening to vital interests of either party");
    }

    @Test
    void codingKeysAreAssignableButNotTwice() {
        codebook.selectedProperty().set(node("Convergence of norms"));
        fixture.dialogs.textAnswers.add("1");
        codebook.assignShortcut();
        assertThat(fixture.dialogs.errors).singleElement().asString()
                .isEqualTo("Key 1 already codes 'Balance of power'; clear it there first");

        fixture.dialogs.textAnswers.add("9");
        codebook.assignShortcut();
        assertThat(node("Convergence of norms").shortcut()).isEqualTo(9);
        fixture.main.document().selectionProperty().set(new TextRange(100, 120));
        assertThat(fixture.main.document().codeWithShortcut(9)).isTrue();
        assertThat(node("Convergence of norms").count()).isEqualTo(1);
    }

    @Test
    void aCodebookCommandWithNothingFittingSelectedSaysWhatToSelect() {
        // Codebook → Rename…, Edit…, Merge into…, Move to frame…, Coding key… and Delete… on opening, when
        // nothing in the codebook is selected: each used to do nothing at all.
        codebook.rename();
        codebook.edit();
        codebook.merge();
        codebook.moveToFrame();
        codebook.assignShortcut();
        codebook.delete();
        assertThat(fixture.dialogs.informations).containsExactly(
                "Rename: first select a code or a scenario in the Codebook panel on the right.",
                "Edit: first select a code, a frame or a scenario in the Codebook panel on the right.",
                "Merge into: first select a code in the Codebook panel on the right.",
                "Move to frame: first select a code in the Codebook panel on the right.",
                "Coding key: first select a code or a scenario in the Codebook panel on the right.",
                "Delete: first select a code, a frame or a scenario in the Codebook panel on the right.");

        fixture.dialogs.informations.clear();
        codebook.selectedProperty().set(codebook.roots().get(2));
        codebook.delete();
        assertThat(fixture.dialogs.informations).as("the Scenarios heading is selected, not an entry")
                .containsExactly("Delete: first select a code, a frame or a scenario in the Codebook panel on the "
                        + "right.");
    }

    /** A frame could not be deleted at all; its codes and their passages stay, in no frame, and undo brings it back. */
    @Test
    void deletingAFrameSaysItsCodesStayAndUndoPutsThemBackInIt() {
        codebook.selectedProperty().set(codebook.roots().get(0));
        codebook.delete();
        assertThat(fixture.dialogs.confirmations).singleElement().asString()
                .isEqualTo("Delete the frame 'Realism'? Its 3 codes and their 2 coded passages stay, under Other "
                        + "codes, and Table 1 loses its row. Edit → Undo (Ctrl+Z) brings it back as it was.");
        assertThat(codebook.roots()).extracting(CodebookNode::name)
                .containsExactly("Constructivism", "Other codes", "Scenarios");
        assertThat(codebook.roots().get(1).children()).extracting(CodebookNode::name)
                .contains("Balance of power");
        assertThat(fixture.workbench().coding().segments()).hasSize(2);

        fixture.main.undo().undo();
        assertThat(codebook.roots()).extracting(CodebookNode::name)
                .containsExactly("Realism", "Constructivism", "Scenarios");
        assertThat(node("Balance of power").count()).isEqualTo(2);
    }

    @Test
    void deletingAScenarioSaysWhatGoesWithItAndUndoBringsItBack() {
        Workbench wb = fixture.workbench();
        long marker = wb.codebook().code("Institutionalized dialogue").id();
        wb.coding().code(fixture.document("2005-06-24").id(), 100, 140, marker, null);
        int documents = wb.codebook().documentCount(wb.codebook().current()
                .scenarioNamed("Institutionalized dialogue").orElseThrow().id());
        codebook.selectedProperty().set(codebook.roots().get(2).children().stream()
                .filter(n -> n.name().equals("Institutionalized dialogue")).findFirst().orElseThrow());
        codebook.delete();
        assertThat(fixture.dialogs.confirmations).singleElement().asString()
                .startsWith("Delete the scenario 'Institutionalized dialogue', its column of Table 1 and its 1 coded "
                        + "passage?").endsWith("Edit → Undo (Ctrl+Z) brings them all back.");
        assertThat(wb.codebook().current().scenarioNamed("Institutionalized dialogue")).isEmpty();
        assertThat(wb.coding().segments()).hasSize(2);

        fixture.main.undo().undo();
        assertThat(wb.codebook().current().scenarioNamed("Institutionalized dialogue")).isPresent();
        assertThat(wb.coding().segments()).hasSize(3);
        assertThat(wb.codebook().documentCount(wb.codebook().current().scenarioNamed("Institutionalized dialogue")
                .orElseThrow().id())).isEqualTo(documents);
    }
}
