package org.parallax.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Frame;
import org.parallax.model.Scenario;
import org.parallax.ui.UiFixture;
import org.parallax.ui.coding.TextRange;
import org.parallax.workbench.Workbench;

/** The codebook edited in the window: entry forms, filter, moves, delete and merge, each undoable. */
class EntryFormTest {
    private static final String SCENARIO_GREY = "#9e9e9e";

    @TempDir
    Path dir;
    private UiFixture fixture;
    private CodebookViewModel codebook;
    private final List<EntryForm> shown = new ArrayList<>();

    @AfterEach
    void close() {
        // Closing stops the index's merge threads before the temporary folder is deleted.
        fixture.main.close();
    }

    @BeforeEach
    void open() {
        fixture = UiFixture.open(dir);
        codebook = fixture.main.codebook();
        codebook.setFormPresenter(shown::add);
        Document kremlin = fixture.document("2005-06-24");
        fixture.main.documents().select(kremlin.id());
        fixture.main.document().selectionProperty().set(new TextRange(0, 40));
        fixture.main.document().codeWithShortcut(1);
    }

    private CodebookNode node(String name) {
        return find(codebook.roots(), name);
    }

    private static CodebookNode find(List<CodebookNode> nodes, String name) {
        for (CodebookNode n : nodes) {
            if (n.name().equals(name)) {
                return n;
            }
            try {
                return find(n.children(), name);
            } catch (AssertionError e) {
                // not under this one
            }
        }
        throw new AssertionError("no " + name);
    }

    private EntryForm lastForm() {
        return shown.get(shown.size() - 1);
    }

    @Test
    void aNewCodeTakesEveryDetailAndADistinctColourThatIsNotGrey() {
        codebook.selectedProperty().set(node("Constructivism"));
        codebook.addCode();
        EntryForm form = lastForm();
        assertThat(form.placeProperty().get().label()).isEqualTo("Frame: Constructivism");
        List<String> taken = fixture.workbench().codebook().current().codes().stream().map(Code::color).toList();
        assertThat(form.colorProperty().get()).isNotEqualTo(SCENARIO_GREY).isNotIn(taken);
        form.nameProperty().set("Identity change");
        form.descriptionProperty().set("A state redefines who it is");
        form.inclusionProperty().set("Self-description changes");
        form.exclusionProperty().set("Mere policy change");
        form.keyProperty().set("9");
        assertThat(form.save()).isTrue();

        Code saved = fixture.workbench().codebook().code("Identity change");
        assertThat(saved.color()).isEqualTo(form.colorProperty().get());
        assertThat(saved.definition()).isEqualTo("A state redefines who it is");
        assertThat(saved.inclusion()).isEqualTo("Self-description changes");
        assertThat(saved.exclusion()).isEqualTo("Mere policy change");
        assertThat(saved.shortcut()).isEqualTo(9);
        assertThat(fixture.workbench().codebook().current().frame(saved.frameId()).map(Frame::name))
                .contains("Constructivism");

        fixture.main.undo().undo();
        assertThat(fixture.workbench().codebook().current().codeNamed("Identity change")).isEmpty();
    }

    /**
     * A new code is offered the lowest key no code has, as it is offered the next free colour, and keeps it unless
     * the key is cleared; with all nine taken none is offered. New codes had no key while keys were free.
     */
    @Test
    void aNewCodeIsOfferedTheLowestFreeKey() {
        codebook.addCode();
        EntryForm first = lastForm();
        assertThat(first.keyProperty().get()).as("keys 1-8 are the template's").isEqualTo("9");
        first.nameProperty().set("Identity change");
        assertThat(first.save()).isTrue();
        assertThat(fixture.workbench().codebook().code("Identity change").shortcut()).isEqualTo(9);

        codebook.refresh();
        codebook.addCode();
        assertThat(lastForm().keyProperty().get()).as("all nine taken").isEmpty();

        codebook.selectedProperty().set(node("Convergence of interests"));
        fixture.dialogs.textAnswers.add("");
        codebook.assignShortcut();
        codebook.addCode();
        EntryForm third = lastForm();
        assertThat(third.keyProperty().get()).as("the key just freed").isEqualTo("5");
        third.nameProperty().set("Status seeking");
        third.keyProperty().set("");
        assertThat(third.save()).isTrue();
        assertThat(fixture.workbench().codebook().code("Status seeking").shortcut()).as("cleared: none").isZero();
    }

    @Test
    void editingACodeWritesOnlyTheChangedFieldOverWhatIsStoredNow() {
        codebook.selectedProperty().set(node("Balance of power"));
        codebook.edit();
        EntryForm form = lastForm();
        assertThat(form.nameProperty().get()).isEqualTo("Balance of power");
        assertThat(form.anchors()).hasSize(1);
        Code before = fixture.code("Balance of power");
        // Another panel changes the definition while the form is open.
        fixture.workbench().codebook().updateCode(new Code(before.id(), before.parentId(), before.frameId(), null,
                before.name(), before.color(), "changed elsewhere", before.shortcut(), before.position()));

        form.inclusionProperty().set("States arm against a rival");
        form.anchors().get(0).anchoredProperty().set(true);
        assertThat(form.save()).isTrue();

        Code after = fixture.code("Balance of power");
        assertThat(after.definition()).isEqualTo("changed elsewhere");
        assertThat(after.inclusion()).isEqualTo("States arm against a rival");
        assertThat(fixture.workbench().codebook().anchors(after.id())).hasSize(1);
        fixture.main.undo().undo();
        assertThat(fixture.workbench().codebook().anchors(after.id())).isEmpty();
    }

    @Test
    void aDetailChangedElsewhereAndInTheFormIsRefusedNamingWhoChangedIt() {
        codebook.selectedProperty().set(node("Balance of power"));
        codebook.edit();
        EntryForm form = lastForm();
        Code before = fixture.code("Balance of power");
        try (Workbench other = Workbench.open(fixture.project)) {
            other.setActiveCoder("bob");
            Code seen = other.codebook().code("Balance of power");
            other.codebook().updateCode(new Code(seen.id(), seen.parentId(), seen.frameId(), null, seen.name(),
                    seen.color(), "Bob's definition", seen.shortcut(), seen.position(), null, null, seen.version()));
        }

        form.descriptionProperty().set("My definition");
        assertThat(form.save()).isTrue();

        assertThat(form.refusalProperty().get()).contains("Code 'Balance of power' was changed by bob")
                .contains("not saved");
        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(fixture.code("Balance of power").definition()).isEqualTo("Bob's definition");
        assertThat(fixture.code("Balance of power").color()).isEqualTo(before.color());
    }

    @Test
    void aCodeDeletedElsewhereWhileItsFormIsOpenIsNamedAndNothingIsSaved() {
        Code code = fixture.code("Convergence of interests");
        codebook.selectedProperty().set(node(code.name()));
        codebook.edit();
        EntryForm form = lastForm();
        try (Workbench other = Workbench.open(fixture.project)) {
            other.codebook().deleteCode(code.id());
        }

        form.nameProperty().set("Shared interests");
        form.descriptionProperty().set("My definition");
        form.save();

        assertThat(form.refusalProperty().get()).isEqualTo("Code 'Convergence of interests' was deleted or merged "
                + "into another code, in another window or program or by another member, while its form was open; "
                + "nothing was saved");
        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(fixture.workbench().codebook().current().codeNamed("Shared interests")).isEmpty();
    }

    @Test
    void aFormWithABadKeyOrNoNameIsRefusedWithAMessage() {
        codebook.addCode();
        EntryForm form = lastForm();
        assertThat(form.save()).isFalse();
        assertThat(form.refusalProperty().get()).isEqualTo("Give the code a name");
        form.nameProperty().set("Something");
        form.keyProperty().set("1");
        assertThat(form.save()).isFalse();
        assertThat(form.refusalProperty().get()).contains("Key 1 already codes 'Balance of power'");
        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(fixture.workbench().codebook().current().codeNamed("Something")).isEmpty();
    }

    @Test
    void framesAndScenariosAreEditableTheSameWayAndUndoable() {
        codebook.selectedProperty().set(node("Realism"));
        codebook.edit();
        lastForm().nameProperty().set("Neorealism");
        lastForm().colorProperty().set("#123456");
        assertThat(lastForm().save()).isTrue();
        Frame frame = fixture.workbench().codebook().current().frames().get(0);
        assertThat(frame.name()).isEqualTo("Neorealism");
        assertThat(frame.color()).isEqualTo("#123456");
        assertThat(codebook.roots()).extracting(CodebookNode::name).contains("Neorealism");

        Document kremlin = fixture.document("2005-06-24");
        String dialogue = "Institutionalized dialogue";
        fixture.main.metadata().scenarioProperty().set(dialogue);
        fixture.main.metadata().save();
        codebook.selectedProperty().set(node(dialogue));
        codebook.edit();
        lastForm().nameProperty().set("Dialogue");
        lastForm().descriptionProperty().set("Regular talks in standing bodies");
        assertThat(lastForm().save()).isTrue();
        Scenario renamed = fixture.workbench().codebook().current().scenarioNamed("Dialogue").orElseThrow();
        assertThat(renamed.description()).isEqualTo("Regular talks in standing bodies");
        assertThat(fixture.workbench().documents().require(kremlin.id()).meta().scenario()).isEqualTo("Dialogue");
        assertThat(fixture.main.metadata().scenarioProperty().get()).isEqualTo("Dialogue");

        fixture.main.undo().undo();
        assertThat(fixture.workbench().documents().require(kremlin.id()).meta().scenario()).isEqualTo(dialogue);
        fixture.main.undo().undo();
        fixture.main.undo().undo();
        assertThat(fixture.workbench().codebook().current().frames().get(0).name()).isEqualTo("Realism");
    }

    @Test
    void theFilterKeepsMatchingCodesWithTheirFrames() {
        codebook.filterProperty().set("balance");
        assertThat(codebook.roots()).extracting(CodebookNode::name).containsExactly("Realism");
        assertThat(codebook.roots().get(0).children()).extracting(CodebookNode::name)
                .containsExactly("Balance of power");
        codebook.filterProperty().set("");
        assertThat(codebook.roots()).extracting(CodebookNode::name).contains("Realism", "Constructivism", "Scenarios");
    }

    @Test
    void aCodeMovesOntoAnotherFrameOrUnderAnotherCodeButNotUnderItself() {
        long balance = fixture.code("Balance of power").id();
        assertThat(codebook.canMove(balance, node("Constructivism"))).isTrue();
        codebook.move(balance, node("Constructivism"));
        assertThat(node("Constructivism").children()).extracting(CodebookNode::name).contains("Balance of power");

        codebook.move(balance, node("Convergence of norms"));
        CodebookNode parent = node("Convergence of norms");
        assertThat(parent.children()).extracting(CodebookNode::name).containsExactly("Balance of power");
        long convergence = fixture.code("Convergence of norms").id();
        assertThat(codebook.canMove(convergence, node("Balance of power"))).isFalse();
        assertThat(codebook.canMove(balance, node("Balance of power"))).isFalse();

        fixture.main.undo().undo();
        fixture.main.undo().undo();
        assertThat(node("Realism").children()).extracting(CodebookNode::name).contains("Balance of power");
    }
}
