package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;

class ProjectContextTest {
    @TempDir
    Path dir;

    @Test
    void refreshesRequestedBeforeTheFirstRunsAreServedByOneRead() {
        QueuedTasks tasks = new QueuedTasks();
        ProjectContext context = new ProjectContext(tasks, new RecordingDialogs());
        try (Workbench wb = Workbench.open(UiFixture.createProject(dir))) {
            context.setWorkbench(wb);
            List<Integer> applied = new ArrayList<>();
            Runnable refresh = context.coalesced(w -> w.documents().list().size(), applied::add);
            refresh.run();
            refresh.run();
            refresh.run();
            assertThat(tasks.queue).hasSize(1);
            tasks.drain();
            assertThat(applied).containsExactly(2);

            refresh.run();
            tasks.drain();
            assertThat(applied).containsExactly(2, 2);
        }
    }

    @Test
    void failuresReachTheUserAsTheirMessage() {
        RecordingDialogs dialogs = new RecordingDialogs();
        ProjectContext context = new ProjectContext(new SynchronousTasks(), dialogs);
        context.run(() -> {
            throw new IllegalStateException("wrapped", new ParallaxException("speech.pdf: the PDF is encrypted"));
        }, done -> {
        });
        context.run(() -> {
            throw new IllegalStateException("disk full");
        }, done -> {
        });
        assertThat(dialogs.errors).containsExactly("speech.pdf: the PDF is encrypted",
                "Something went wrong: disk full (details are in "
                        + org.parallax.workbench.AppFolders.forThisMachine().logFile() + ")");
    }
}
