package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;

/**
 * An imported codebook (NVivo's put 262 codes under "Other codes") left Table 1 empty until each code was moved into
 * a frame on its own: many codes now move into a frame at once, their sub-codes with them, as one undo step.
 */
class CodesMoveTest {
    @TempDir
    java.nio.file.Path dir;
    Workbench wb;

    @BeforeEach
    void open(Backend backend) {
        wb = backend.table1(dir);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @BothBackends
    void manyCodesMoveIntoAFrameWithTheirSubCodesAsOneUndoStep() {
        Code trust = wb.codebook().addCode("Trust", null, null, null, null);
        Code distrust = wb.codebook().addCode("Distrust", null, trust.id(), null, null);
        Code fear = wb.codebook().addCode("Fear", null, null, null, null);
        Code rumour = wb.codebook().addCode("Rumour", null, null, null, null);
        long realism = wb.codebook().current().frames().get(0).id();
        Codebook before = wb.codebook().current();

        int moved = wb.codebook().moveCodes(List.of(trust.id(), distrust.id(), fear.id()), realism);

        assertThat(moved).as("Trust, its sub-code Distrust, and Fear").isEqualTo(3);
        Codebook after = wb.codebook().current();
        assertThat(after.codesOf(after.frame(realism).orElseThrow())).extracting(Code::name)
                .contains("Trust", "Distrust", "Fear").doesNotContain("Rumour");
        assertThat(after.code(distrust.id()).orElseThrow().parentId()).as("a sub-code stays under its code")
                .isEqualTo(trust.id());
        assertThat(after.code(rumour.id()).orElseThrow().frameId()).isNull();
        assertThat(wb.history().undoLabel()).contains("Move 3 codes to Realism");

        assertThat(wb.history().undo()).contains("Move 3 codes to Realism");
        assertThat(wb.codebook().current().codes()).as("all as before, but for their versions")
                .extracting(c -> c.withVersion(0)).containsExactlyElementsOf(before.codes().stream()
                        .map(c -> c.withVersion(0)).toList());
        assertThat(wb.history().redo()).isPresent();
        assertThat(wb.codebook().current().codesOf(after.frame(realism).orElseThrow())).extracting(Code::name)
                .contains("Trust", "Distrust", "Fear");
    }

    @BothBackends
    void aScenariosCodeIsRefusedAndNothingMoves() {
        Code fear = wb.codebook().addCode("Fear", null, null, null, null);
        Code scenarioCode = wb.codebook().current().codes().stream().filter(Code::isScenarioCode).findFirst()
                .orElseThrow();
        long realism = wb.codebook().current().frames().get(0).id();

        assertThatThrownBy(() -> wb.codebook().moveCodes(List.of(fear.id(), scenarioCode.id()), realism))
                .isInstanceOf(ParallaxException.class).hasMessageContaining("belongs to a scenario");
        assertThat(wb.codebook().current().code(fear.id()).orElseThrow().frameId()).isNull();
    }

    @BothBackends
    void aCodeMovedOnItsOwnTakesItsSubCodesIntoItsNewFrame() {
        List<Long> frames = wb.codebook().current().frames().stream().map(f -> f.id()).toList();
        Code trust = wb.codebook().addCode("Trust", frames.get(0), null, null, null);
        Code distrust = wb.codebook().addCode("Distrust", null, trust.id(), null, null);
        Code fear = wb.codebook().addCode("Fear", frames.get(1), null, null, null);
        Code dread = wb.codebook().addCode("Dread", null, fear.id(), null, null);

        wb.codebook().moveCode(trust.id(), frames.get(1), null);
        wb.codebook().moveCode(fear.id(), null, trust.id());

        Codebook after = wb.codebook().current();
        assertThat(after.codesOf(after.frame(frames.get(1)).orElseThrow())).extracting(Code::name)
                .as("what the tree shows under the frame is what Table 1 counts there")
                .contains("Trust", "Distrust", "Fear", "Dread");
        assertThat(after.codesOf(after.frame(frames.get(0)).orElseThrow())).extracting(Code::name)
                .doesNotContain("Distrust", "Dread");
        assertThat(after.code(dread.id()).orElseThrow().parentId()).isEqualTo(fear.id());
        assertThat(after.code(fear.id()).orElseThrow().parentId()).isEqualTo(trust.id());

        assertThat(wb.history().undo()).contains("Move code Fear");
        assertThat(wb.history().undo()).contains("Move code Trust");
        Codebook undone = wb.codebook().current();
        assertThat(undone.code(distrust.id()).orElseThrow().frameId()).isEqualTo(frames.get(0));
        assertThat(undone.code(dread.id()).orElseThrow().frameId()).isEqualTo(frames.get(1));
        assertThat(undone.code(fear.id()).orElseThrow().parentId()).isNull();
    }
}
