package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.Frame;
import org.parallax.model.MemoTarget;
import org.parallax.model.Scenario;
import org.parallax.store.StaleEditException;
import org.parallax.testutil.TestProjects;

/**
 * Two windows on one project file: an edit made against what a window showed before the other window changed
 * it is refused with a message naming who changed it, and nothing of it is written.
 */
class StaleEditsTest {
    @TempDir
    Path dir;

    @BothBackends
    void aCodeEditedInTheOtherWindowIsNotOverwrittenByAStaleForm(Backend backend) {
        Path file = dir.resolve("shared.parallax");
        String location = created(backend, file);
        try (Workbench alice = backend.open(location, "alice");
             Workbench bob = backend.open(location, "bob")) {
            Code shownToAlice = alice.codebook().code("Balance of power");
            Code shownToBob = bob.codebook().code("Balance of power");

            bob.codebook().updateCode(withDefinition(shownToBob, "Bob's definition"));

            assertThatThrownBy(() -> alice.codebook().updateCode(withDefinition(shownToAlice, "Alice's definition")))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("Code 'Balance of power' was changed by bob")
                    .hasMessageContaining("not saved");
            assertThat(alice.codebook().code("Balance of power").definition()).isEqualTo("Bob's definition");
            assertThat(alice.history().canUndo()).isFalse();

            // Made again on what is stored now, the edit goes through.
            Code fresh = alice.codebook().code("Balance of power");
            alice.codebook().updateCode(withDefinition(fresh, "Alice's definition"));
            assertThat(bob.codebook().code("Balance of power").definition()).isEqualTo("Alice's definition");
        }
    }

    @BothBackends
    void aMemoChangedInTheOtherWindowIsNotOverwrittenAndTheRefusalNamesWho(Backend backend) {
        Path file = dir.resolve("shared.parallax");
        String location = created(backend, file);
        try (Workbench alice = backend.open(location, "alice");
             Workbench bob = backend.open(location, "bob")) {
            MemoTarget project = MemoTarget.project();
            alice.memos().set(project, "first thoughts");
            MemoSession aliceTyping = alice.memos().session(project);
            MemoSession bobTyping = bob.memos().session(project);

            bobTyping.save("bob's reading");
            assertThatThrownBy(() -> aliceTyping.save("alice's reading"))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("project memo was changed by bob")
                    .hasMessageContaining("not saved");
            assertThat(alice.memos().memo(project).orElseThrow().text()).isEqualTo("bob's reading");
            assertThatThrownBy(() -> aliceTyping.save("alice's reading, typed on")).isInstanceOf(StaleEditException.class);

            // A memo the other window wrote where this one saw none is not overwritten either.
            MemoTarget code = MemoTarget.code(alice.codebook().code("Balance of power").id());
            MemoSession onNothing = alice.memos().session(code);
            bob.memos().set(code, "bob was here first");
            assertThatThrownBy(() -> onNothing.save("alice's note")).hasMessageContaining("was written by bob");
            assertThat(bob.memos().memo(code).orElseThrow().text()).isEqualTo("bob was here first");

            // On what is stored now, a session saves as the researcher types, undo takes it back as one action,
            // and typing on after one's own undo is not mistaken for another window's change.
            MemoSession fresh = alice.memos().session(project);
            fresh.save("alice's reading");
            fresh.save("alice's reading, longer");
            alice.history().undo();
            assertThat(bob.memos().memo(project).orElseThrow().text()).isEqualTo("bob's reading");
            fresh.save("alice's second try");
            assertThat(bob.memos().memo(project).orElseThrow().text()).isEqualTo("alice's second try");
        }
    }

    @BothBackends
    void expectationsAndADeletionUndoneMoveTheCodesVersionSoAStaleFormIsRefused(Backend backend) {
        Path file = dir.resolve("shared.parallax");
        String location = created(backend, file);
        try (Workbench alice = backend.open(location, "alice");
             Workbench bob = Workbench.open(location, Backend.PASSWORD::toCharArray)) {
            Code shownToBob = bob.codebook().code("Balance of power");
            Scenario scenario = alice.codebook().current().scenarios().get(0);
            alice.codebook().setExpectations(shownToBob.id(), java.util.Set.of(scenario.id()));
            assertThatThrownBy(() -> bob.codebook().updateCode(withDefinition(shownToBob, "Bob's definition")))
                    .isInstanceOf(StaleEditException.class).hasMessageContaining("was changed by alice");

            Code added = alice.codebook().addCode("Added by alice", null, null, null, null);
            Code addedShownToBob = bob.codebook().code("Added by alice");
            alice.codebook().deleteCode(added.id());
            alice.history().undo();
            // Put back with its id, the code is not the version bob's form holds: bob's edit is refused, naming alice.
            assertThatThrownBy(() -> bob.codebook().updateCode(withDefinition(addedShownToBob, "Bob's")))
                    .isInstanceOf(StaleEditException.class).hasMessageContaining("was changed by alice");
            assertThat(bob.codebook().code("Added by alice").definition()).isNull();
        }
    }

    @BothBackends
    void framesAndScenariosAreGuardedTheSameWay(Backend backend) {
        Path file = dir.resolve("shared.parallax");
        String location = created(backend, file);
        try (Workbench alice = backend.open(location, "alice");
             Workbench bob = backend.open(location, "bob")) {
            Frame frame = alice.codebook().current().frames().get(0);
            Scenario scenario = alice.codebook().current().scenarios().get(0);

            bob.codebook().updateFrame(new Frame(frame.id(), frame.name(), "Bob's tenets", frame.color(),
                    frame.position(), frame.version()));
            bob.codebook().renameScenario(scenario.id(), "Renamed by Bob");

            assertThatThrownBy(() -> alice.codebook().updateFrame(new Frame(frame.id(), frame.name(),
                    "Alice's tenets", frame.color(), frame.position(), frame.version())))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("Frame '" + frame.name() + "' was changed by bob");
            assertThatThrownBy(() -> alice.codebook().updateScenario(new Scenario(scenario.id(), "Alice's name",
                    scenario.description(), scenario.position(), scenario.version())))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("Scenario 'Renamed by Bob' was changed by bob");
            assertThat(alice.codebook().current().frame(frame.id()).orElseThrow().description())
                    .isEqualTo("Bob's tenets");
            assertThat(alice.codebook().current().scenario(scenario.id()).orElseThrow().name())
                    .isEqualTo("Renamed by Bob");
        }
    }

    @BothBackends
    void documentDetailsEditedElsewhereAreNotOverwrittenAndUndoDoesNotUndoTheOtherWindow(Backend backend) throws Exception {
        Path file = dir.resolve("shared.parallax");
        String location = created(backend, file);
        try (Workbench alice = backend.open(location, "alice")) {
            TestProjects.importSamples(alice);
            try (Workbench bob = backend.open(location, "bob")) {
                Document shown = alice.documents().list().get(0);

                alice.documents().updateMeta(shown, shown.meta().withTitle("Alice's title"));
                Document seenByBob = bob.documents().require(shown.id());
                assertThat(seenByBob.title()).isEqualTo("Alice's title");
                bob.documents().updateMeta(seenByBob, seenByBob.meta().withTitle("Bob's title"));

                assertThatThrownBy(() -> alice.documents().updateMeta(shown, shown.meta().withTitle("Stale title")))
                        .isInstanceOf(StaleEditException.class)
                        .hasMessageContaining("Document 'Bob's title' was changed by bob");
                // Undoing Alice's own edit would overwrite Bob's newer one: refused, Bob's title stays.
                assertThatThrownBy(() -> alice.history().undo())
                        .hasCauseInstanceOf(StaleEditException.class)
                        .hasMessageContaining("changed by bob");
                assertThat(alice.documents().require(shown.id()).title()).isEqualTo("Bob's title");
            }
        }
    }

    private static Code withDefinition(Code c, String definition) {
        return new Code(c.id(), c.parentId(), c.frameId(), c.scenarioId(), c.name(), c.color(), definition,
                c.shortcut(), c.position(), c.inclusion(), c.exclusion(), c.version());
    }

    /** A new table1 project of {@code backend} made from {@code file}, closed again; its location. */
    private static String created(Backend backend, Path file) {
        try (Workbench wb = backend.create(file, CodebookTemplates.named("table1"))) {
            return wb.location();
        }
    }
}
