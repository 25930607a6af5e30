package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Frame;
import org.parallax.store.StaleEditException;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;

/**
 * Undo of a codebook entry's rename put back the name another member wrote, recorded as the undoer's change: a window
 * then refused over it said "changed by lena" for a name lena never wrote. Undo puts back who wrote it too.
 */
class UndoOfARenameKeepsItsAuthorTest {
    @TempDir
    Path dir;
    private Workbench lee;
    private Workbench ann;
    private Workbench lena;

    @AfterEach
    void close() {
        for (Workbench wb : new Workbench[] {lena, ann, lee}) {
            if (wb != null) {
                wb.close();
            }
        }
    }

    @BothBackends
    void undoingARenamePutsBackTheNameAsItsWritersNotTheUndoers(Backend backend) {
        lee = backend.codingAs(backend.table1(dir), "lee");
        Code code = lee.codebook().code("Balance of power");
        lee.codebook().updateCode(code.withName("Balance of power (lee)"));
        ann = backend.open(lee.location(), "ann");
        Code asAnnSawIt = ann.codebook().code("Balance of power (lee)");
        lena = backend.open(lee.location(), "lena");
        lena.codebook().updateCode(lena.codebook().code("Balance of power (lee)").withName("Balance (lena)"));

        lena.history().undo();

        assertThatThrownBy(() -> ann.codebook().updateCode(asAnnSawIt.withName("Balance (ann)")))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("'Balance of power (lee)' was changed by lee");
    }

    @BothBackends
    void undoingAFrameRenamePutsBackItsWriter(Backend backend) {
        lee = backend.codingAs(backend.table1(dir), "lee");
        Frame frame = lee.codebook().current().frames().get(0);
        lee.codebook().updateFrame(frame.withName("Realism (lee)"));
        ann = backend.open(lee.location(), "ann");
        Frame asAnnSawIt = ann.codebook().current().frame(frame.id()).orElseThrow();
        lena = backend.open(lee.location(), "lena");
        lena.codebook().updateFrame(lena.codebook().current().frame(frame.id()).orElseThrow()
                .withName("Frame (lena)"));

        lena.history().undo();

        assertThatThrownBy(() -> ann.codebook().updateFrame(asAnnSawIt.withName("Realism (ann)")))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("'Realism (lee)' was changed by lee");
    }
}
