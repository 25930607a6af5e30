package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.store.StaleEditException;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestProjects;

/**
 * Undo of a change of a document's details put back the details another member wrote, recorded as the undoer's
 * change: a window then refused over them said "changed by lena" for a title lena never wrote, and the audit trail
 * named her. Undo puts back who wrote them too, as it does for a codebook entry's rename.
 */
class UndoOfDocumentDetailsKeepsTheirAuthorTest {
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
    void undoingADocumentsDetailsPutsThemBackAsTheirWritersNotTheUndoers(Backend backend) {
        lee = backend.codingAs(backend.table1(dir), "lee");
        long id = TestProjects.importOne(lee, TestProjects.textFile(dir, "report.txt", "NATO and Russia met."));
        Document document = lee.documents().require(id);
        lee.documents().updateMeta(document, document.meta().withTitle("Rome summit (lee)"));
        ann = backend.open(lee.location(), "ann");
        Document asAnnSawIt = ann.documents().require(id);
        lena = backend.open(lee.location(), "lena");
        Document asLenaSawIt = lena.documents().require(id);
        lena.documents().updateMeta(asLenaSawIt, asLenaSawIt.meta().withTitle("Rome (lena)"));

        lena.history().undo();

        assertThatThrownBy(() -> ann.documents().updateMeta(asAnnSawIt, asAnnSawIt.meta().withTitle("Rome (ann)")))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("'Rome summit (lee)' was changed by lee");
    }

    /** The Details tab with several documents selected: its undo too puts each back as its writer's. */
    @BothBackends
    void undoingTheDetailsOfSeveralDocumentsPutsBackEachWriter(Backend backend) {
        lee = backend.codingAs(backend.table1(dir), "lee");
        long first = TestProjects.importOne(lee, TestProjects.textFile(dir, "one.txt", "NATO and Russia met."));
        long second = TestProjects.importOne(lee, TestProjects.textFile(dir, "two.txt", "The alliance spoke."));
        Document document = lee.documents().require(first);
        lee.documents().updateMeta(document, document.meta().withTitle("First (lee)"));
        ann = backend.open(lee.location(), "ann");
        Document asAnnSawIt = ann.documents().require(first);
        lena = backend.open(lee.location(), "lena");
        lena.documents().updateMeta(List.of(lena.documents().require(first), lena.documents().require(second)),
                meta -> meta.withLanguage("ru"));

        lena.history().undo();

        assertThatThrownBy(() -> ann.documents().updateMeta(asAnnSawIt, asAnnSawIt.meta().withTitle("First (ann)")))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("'First (lee)' was changed by lee");
    }
}
