package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.testutil.GeneratedCoding;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.TaskProgress;
import org.parallax.workbench.Workbench;

/**
 * The Edit menu when the history let a large step go to keep what it holds for undo within its limit: Undo is not
 * offered, and its label says why instead of a bare "Undo", so the researcher does not look for the step in vain.
 */
class UndoUnavailableViewModelTest {
    /** Passages of several codes: 16 bytes each for undo, more than the history keeps behind a later step. */
    private static final int LARGE = 600_000;

    @TempDir
    Path dir;

    @Test
    void undoSaysTheLargeBatchWasLetGoWhenNothingIsLeftToUndo() throws Exception {
        Path project = dir.resolve("large.parallax");
        ProjectContext context = new ProjectContext(new SynchronousTasks(), new RecordingDialogs());
        UndoViewModel undo = new UndoViewModel(context);
        try (Workbench wb = Workbench.createWithTemplate(project, Workbench.STUDY_TEMPLATE)) {
            wb.documents().importFiles(ImportRequest.of(GeneratedCoding.statements(dir, 1, 30_000)),
                    TaskProgress.NONE);
            context.setWorkbench(wb);
            Document document = wb.documents().list().get(0);
            List<Code> codes = wb.codebook().current().codes();
            wb.coding().codeAll(GeneratedCoding.passages(wb, List.of(document), LARGE), "Large batch");
            assertThat(undo.undoLabelProperty().get()).isEqualTo("Undo Large batch");

            wb.coding().code(document.id(), 3, 9, codes.get(0).id(), null);
            undo.undo();

            assertThat(undo.canUndoProperty().get()).isFalse();
            assertThat(undo.undoLabelProperty().get())
                    .startsWith("Undo not available: “Large batch” and the steps before it were let go");
            context.setWorkbench(null);
        }
    }
}
