package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;
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
    private static final String[] WORDS = ("the of and to in that alliance treaty security member states border "
            + "troops exercise summit minister council defence agreement missile deployment talks").split(" ");

    @TempDir
    Path dir;

    @Test
    void undoSaysTheLargeBatchWasLetGoWhenNothingIsLeftToUndo() throws Exception {
        Path project = dir.resolve("large.parallax");
        StringBuilder text = new StringBuilder();
        Random random = new Random(7);
        while (text.length() < 30_000) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
        }
        Path file = Files.writeString(dir.resolve("statement.txt"), text);
        ProjectContext context = new ProjectContext(new SynchronousTasks(), new RecordingDialogs());
        UndoViewModel undo = new UndoViewModel(context);
        try (Workbench wb = Workbench.createWithTemplate(project, Workbench.STUDY_TEMPLATE)) {
            wb.documents().importFiles(ImportRequest.of(List.of(file)), TaskProgress.NONE);
            context.setWorkbench(wb);
            Document document = wb.documents().list().get(0);
            List<Code> codes = wb.codebook().current().codes();
            wb.coding().codeAll(passages(wb, document, codes), "Large batch");
            assertThat(undo.undoLabelProperty().get()).isEqualTo("Undo Large batch");

            wb.coding().code(document.id(), 3, 9, codes.get(0).id(), null);
            undo.undo();

            assertThat(undo.canUndoProperty().get()).isFalse();
            assertThat(undo.undoLabelProperty().get())
                    .startsWith("Undo not available: “Large batch” and the steps before it were let go");
            context.setWorkbench(null);
        }
    }

    private static List<Segment> passages(Workbench wb, Document document, List<Code> codes) {
        long coder = wb.activeCoder().id();
        Instant created = Instant.parse("2026-03-01T10:00:00Z");
        Random random = new Random(11);
        List<Segment> drafts = new ArrayList<>(LARGE);
        Set<String> taken = new HashSet<>();
        while (drafts.size() < LARGE) {
            int start = 100 + random.nextInt(document.length() - 200);
            int end = start + 20 + random.nextInt(60);
            long code = codes.get(drafts.size() % codes.size()).id();
            if (taken.add(start + ":" + end + ":" + code)) {
                drafts.add(new Segment(0, document.id(), start, end, code, coder, null, created));
            }
        }
        return drafts;
    }
}
