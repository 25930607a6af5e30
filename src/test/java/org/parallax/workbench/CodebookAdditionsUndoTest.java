package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Matrix;
import org.parallax.model.Scenario;
import org.parallax.store.StaleEditException;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestProjects;

/**
 * Adding a frame, adding a scenario and setting a code's expected scenarios were no undo steps: Ctrl+Z skipped them
 * and undid the step before. Each is now one step of its own, undone and redone under the same id.
 */
class CodebookAdditionsUndoTest {
    @TempDir
    Path dir;
    Workbench wb;
    long doc;

    @BeforeEach
    void open(Backend backend) {
        wb = backend.table1(dir);
        doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "pjc.txt",
                "The Permanent Joint Council met in Brussels. Both sides voiced threats."));
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private Codebook book() {
        return wb.codebook().current();
    }

    private Code withDefinition(String name, String definition) {
        Code c = wb.codebook().code(name);
        return new Code(c.id(), c.parentId(), c.frameId(), null, c.name(), c.color(), definition, c.shortcut(),
                c.position(), null, null, c.version());
    }

    @BothBackends
    void anAddedFrameIsOneUndoStepAndTheStepBeforeStaysDone() {
        wb.codebook().updateCode(withDefinition("Balance of power", "Power weighed"));
        Frame added = wb.codebook().addFrame("Institutionalism", "Institutions channel behaviour", "#2ca02c");
        Code inIt = wb.codebook().addCode("Interdependence", added.id(), null, null, null);
        wb.codebook().moveCodes(List.of(wb.codebook().code("Balance of power").id()), added.id());

        assertThat(wb.history().undo()).contains("Move code Balance of power");
        assertThat(wb.history().undo()).contains("Add code Interdependence");
        assertThat(wb.history().undoLabel()).contains("Add frame Institutionalism");
        assertThat(wb.history().undo()).contains("Add frame Institutionalism");
        assertThat(book().frame(added.id())).isEmpty();
        assertThat(wb.analysis().table1().rows().stream().map(Matrix.Row::label)).doesNotContain("Institutionalism");
        assertThat(wb.codebook().code("Balance of power").definition()).isEqualTo("Power weighed");
        assertThat(wb.history().undo()).contains("Edit code Balance of power");
        assertThat(wb.codebook().code("Balance of power").definition()).isNotEqualTo("Power weighed");

        wb.history().redo();
        wb.history().redo();
        Frame back = book().frame(added.id()).orElseThrow();
        assertThat(List.of(back.name(), back.description(), back.color()))
                .isEqualTo(List.of("Institutionalism", "Institutions channel behaviour", "#2ca02c"));
        wb.history().redo();
        assertThat(book().code(inIt.id()).orElseThrow().frameId()).isEqualTo(added.id());
        assertThat(wb.check().full()).isEmpty();
    }

    @BothBackends
    void anAddedScenarioIsOneUndoStepTakingItsColumnAndCode() {
        wb.codebook().updateCode(withDefinition("Balance of power", "Power weighed"));
        Scenario added = wb.codebook().addScenario("Joint crisis management", "Talks in a crisis");
        Code itsCode = wb.codebook().code("Joint crisis management");

        assertThat(wb.history().undo()).contains("Add scenario Joint crisis management");
        assertThat(book().scenario(added.id())).isEmpty();
        assertThat(book().code(itsCode.id())).isEmpty();
        assertThat(columns()).doesNotContain("Joint crisis management");
        assertThat(wb.codebook().code("Balance of power").definition()).isEqualTo("Power weighed");

        wb.history().redo();
        assertThat(book().scenario(added.id()).orElseThrow().description()).isEqualTo("Talks in a crisis");
        assertThat(book().code(itsCode.id()).orElseThrow().scenarioId()).isEqualTo(added.id());
        assertThat(columns()).contains("Joint crisis management");

        // Passages another window coded with it since are not deleted by undoing the addition here.
        try (Workbench other = Backend.openAgain(wb)) {
            other.coding().code(doc, 0, 44, itsCode.id(), null);
        }
        assertThatThrownBy(() -> wb.history().undo()).hasCauseInstanceOf(StaleEditException.class)
                .hasMessageContaining("1 passage coded with “Joint crisis management”")
                .hasMessageContaining("undoing the addition would delete it");
        assertThat(book().scenario(added.id())).isPresent();
        assertThat(wb.coding().segments()).hasSize(1);
        assertThat(wb.check().full()).isEmpty();
    }

    @BothBackends
    void expectedScenariosSetAreOneUndoStepAndAnEarlierEditOfTheCodeStillUndoes() {
        Code code = wb.codebook().code("Balance of power");
        Set<Long> before = book().expectations().getOrDefault(code.id(), Set.of());
        long other = book().scenarios().stream().map(Scenario::id).filter(id -> !before.contains(id)).findFirst()
                .orElseThrow();
        wb.codebook().updateCode(withDefinition("Balance of power", "Power weighed"));

        wb.codebook().setExpectations(code.id(), Set.of(other));
        assertThat(book().expectations().get(code.id())).containsExactly(other);
        assertThat(wb.history().undo()).contains("Edit expected scenarios of Balance of power");
        assertThat(book().expectations().getOrDefault(code.id(), Set.of())).isEqualTo(before);
        assertThat(wb.history().undo()).contains("Edit code Balance of power");
        assertThat(wb.codebook().code("Balance of power").definition()).isEqualTo(code.definition());

        wb.history().redo();
        wb.history().redo();
        assertThat(book().expectations().get(code.id())).containsExactly(other);
        assertThat(wb.codebook().code("Balance of power").definition()).isEqualTo("Power weighed");
    }

    private List<String> columns() {
        return wb.analysis().table1().columns().stream().map(Matrix.Column::label).toList();
    }
}
