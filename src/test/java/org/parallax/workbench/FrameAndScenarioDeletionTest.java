package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.DocumentMeta;
import org.parallax.model.Frame;
import org.parallax.model.Matrix;
import org.parallax.model.ParallaxException;
import org.parallax.model.Scenario;
import org.parallax.model.Segment;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestProjects;

/**
 * A frame or a scenario a researcher no longer wants could not be deleted at all. Deleting a frame leaves its codes
 * and their passages in no frame; deleting a scenario takes its column, its code's passages and its place in the
 * documents; each is one step that Ctrl+Z takes back whole, under the same id.
 */
class FrameAndScenarioDeletionTest {
    /** The last scenario, holding the largest id, which a scenario added after its deletion would take again. */
    private static final String DISBANDING = "Disbanding of institutional interaction";
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

    private Frame frame(String name) {
        return book().frames().stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    private List<String> table1Rows() {
        return wb.analysis().table1().rows().stream().filter(r -> r.kind() == Matrix.RowKind.FRAME)
                .map(Matrix.Row::label).toList();
    }

    private List<String> table1Columns() {
        return wb.analysis().table1().columns().stream().map(Matrix.Column::label).toList();
    }

    @BothBackends
    void aDeletedFrameLeavesItsCodesInNoFrameAndUndoBringsItBackWhole() {
        // The last frame, holding the largest id, which a frame added after its deletion would take again.
        Frame constructivism = frame("Constructivism");
        Code coded = wb.codebook().code("Convergence of norms");
        Segment passage = wb.coding().code(doc, 4, 27, coded.id(), null);
        Code citing = wb.codebook().code("Balance of power");
        wb.codebook().updateCode(new Code(citing.id(), citing.parentId(), citing.frameId(), null, citing.name(),
                citing.color(), "Not a Constructivism reading: power", citing.shortcut(), citing.position(), null,
                null, citing.version()));
        List<Long> itsCodes = book().codesOf(constructivism).stream().map(Code::id).toList();
        assertThat(itsCodes).contains(coded.id()).hasSizeGreaterThan(1);

        wb.codebook().deleteFrame(constructivism.id());

        assertThat(frame("Constructivism")).isNull();
        assertThat(itsCodes).allSatisfy(id -> assertThat(book().code(id).orElseThrow().frameId()).isNull());
        assertThat(wb.coding().segment(passage.id())).isEqualTo(passage);
        assertThat(table1Rows()).doesNotContain("Constructivism").contains("Realism");
        assertThat(wb.codebook().code("Balance of power").definition())
                .isEqualTo("Not a Constructivism (deleted frame) reading: power");
        assertThat(wb.history().undoLabel()).contains("Delete frame Constructivism");

        assertThat(wb.history().undo()).contains("Delete frame Constructivism");
        Frame back = frame("Constructivism");
        assertThat(back.id()).isEqualTo(constructivism.id());
        assertThat(List.of(back.description(), back.color(), back.position()))
                .isEqualTo(List.of(constructivism.description(), constructivism.color(), constructivism.position()));
        assertThat(book().codesOf(back).stream().map(Code::id).toList()).containsExactlyElementsOf(itsCodes);
        assertThat(wb.codebook().code("Balance of power").definition())
                .isEqualTo("Not a Constructivism reading: power");
        assertThat(table1Rows()).contains("Constructivism");

        wb.history().redo();
        assertThat(frame("Constructivism")).isNull();
        // A frame added meanwhile (in another window: this one's addition is a step of its own) takes another id,
        // so undo can still put the deleted one back under its own.
        Frame added;
        try (Workbench other = Backend.openAgain(wb)) {
            added = other.codebook().addFrame("Institutionalism", "Institutions channel behaviour", null);
        }
        assertThat(added.id()).isNotEqualTo(constructivism.id());
        wb.history().undo();
        assertThat(frame("Constructivism").id()).isEqualTo(constructivism.id());
        assertThat(frame("Institutionalism")).isNotNull();

        wb = Backend.reopen(wb);
        assertThat(frame("Constructivism").id()).isEqualTo(constructivism.id());
        assertThat(book().codesOf(frame("Constructivism")).stream().map(Code::id).toList())
                .containsExactlyElementsOf(itsCodes);
        assertThat(wb.check().full()).isEmpty();
    }

    @BothBackends
    void aDeletedScenarioTakesItsColumnPassagesAndDocumentsPlaceAndUndoPutsThemBack() {
        Scenario disbanding = book().scenarioNamed(DISBANDING).orElseThrow();
        Code scenarioCode = wb.codebook().code(DISBANDING);
        DocumentMeta meta = wb.documents().require(doc).meta();
        wb.documents().updateMeta(doc, new DocumentMeta(meta.title(), meta.date(), meta.type(), meta.actor(),
                meta.language(), DISBANDING, meta.attributes()));
        Segment marked = wb.coding().code(doc, 0, 44, scenarioCode.id(), "the council as dialogue");
        Map<Long, Set<Long>> expectations = book().expectations();
        List<Long> expecting = expectations.entrySet().stream().filter(e -> e.getValue().contains(disbanding.id()))
                .map(Map.Entry::getKey).toList();
        assertThat(expecting).isNotEmpty();
        Frame realism = frame("Realism");
        wb.codebook().updateFrame(new Frame(realism.id(), realism.name(), "Talks may resume after a rupture ("
                + DISBANDING + ")", realism.color(), realism.position(), realism.version()));

        assertThatThrownBy(() -> wb.codebook().deleteScenario(disbanding.id(), 3))
                .isInstanceOf(ParallaxException.class).hasMessageContaining("not the 3 you were asked about");
        assertThat(book().scenario(disbanding.id())).isPresent();

        wb.codebook().deleteScenario(disbanding.id(), 1);

        assertThat(book().scenario(disbanding.id())).isEmpty();
        assertThat(book().code(scenarioCode.id())).isEmpty();
        assertThat(wb.coding().segments()).isEmpty();
        assertThat(wb.documents().require(doc).meta().scenario()).isNull();
        assertThat(book().expectations().values()).noneMatch(s -> s.contains(disbanding.id()));
        assertThat(table1Columns()).doesNotContain(DISBANDING);
        assertThat(frame("Realism").description()).isEqualTo("Talks may resume after a rupture (" + DISBANDING
                + " (deleted scenario))");

        assertThat(wb.history().undo()).contains("Delete scenario " + DISBANDING);
        Scenario back = book().scenario(disbanding.id()).orElseThrow();
        assertThat(List.of(back.name(), back.position())).isEqualTo(List.of(disbanding.name(), disbanding.position()));
        assertThat(book().code(scenarioCode.id()).orElseThrow().scenarioId()).isEqualTo(disbanding.id());
        assertThat(wb.coding().segment(marked.id()).memo()).isEqualTo("the council as dialogue");
        assertThat(wb.documents().require(doc).meta().scenario()).isEqualTo(DISBANDING);
        assertThat(book().expectations()).isEqualTo(expectations);
        assertThat(table1Columns()).contains(DISBANDING);
        assertThat(frame("Realism").description()).isEqualTo("Talks may resume after a rupture (" + DISBANDING + ")");

        wb.history().redo();
        assertThat(book().scenario(disbanding.id())).isEmpty();
        Scenario added;
        try (Workbench other = Backend.openAgain(wb)) {
            added = other.codebook().addScenario("Joint crisis management", null);
        }
        assertThat(added.id()).isNotEqualTo(disbanding.id());
        wb.history().undo();
        wb = Backend.reopen(wb);
        assertThat(book().scenario(disbanding.id()).orElseThrow().name()).isEqualTo(DISBANDING);
        assertThat(wb.documents().require(doc).meta().scenario()).isEqualTo(DISBANDING);
        assertThat(wb.coding().segment(marked.id())).isNotNull();
        assertThat(wb.check().full()).isEmpty();
    }
}
