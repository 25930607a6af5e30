package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;

/**
 * The view-model tests' stand-in for the FX thread: what other threads hand to the UI runs on the test's thread,
 * in order, on its next turn, never beside the test on the thread that sent it.
 */
class SynchronousTasksTest {
    @TempDir
    Path dir;

    @Test
    void anOutsideChangeReachesTheViewsOnTheUiThreadNotOnThePollersThread() throws Exception {
        Path project = UiFixture.createProject(dir);
        SynchronousTasks tasks = new SynchronousTasks();
        ProjectContext context = new ProjectContext(tasks, new RecordingDialogs());
        List<String> heardOn = new CopyOnWriteArrayList<>();
        context.onEvent(event -> heardOn.add(event + " on " + Thread.currentThread().getName()));
        try (Workbench window = Workbench.open(project)) {
            context.setWorkbench(window);
            window.watchOutsideChanges(Duration.ofMillis(50));
            Document doc = window.documents().list().get(0);
            try (Workbench cli = Workbench.open(project)) {
                cli.coding().code(doc.id(), 0, 20, cli.codebook().code("Balance of power").id(), null);
            }

            tasks.deliverUntil(() -> !heardOn.isEmpty(), Duration.ofSeconds(60));

            assertThat(heardOn).isNotEmpty()
                    .allSatisfy(heard -> assertThat(heard).endsWith(" on " + Thread.currentThread().getName()));
            context.setWorkbench(null);
        }
    }

    @Test
    void handedOverWorkWaitsForTheUiThreadsNextTurnAndKeepsItsOrder() throws Exception {
        SynchronousTasks tasks = new SynchronousTasks();
        List<String> ran = new CopyOnWriteArrayList<>();
        Thread other = new Thread(() -> {
            tasks.onUi(() -> ran.add("first"));
            tasks.onUi(() -> ran.add("second"));
        });
        other.start();
        other.join();
        assertThat(ran).as("nothing runs on the thread that handed it over").isEmpty();

        tasks.run(() -> {
            ran.add("task");
            tasks.run(() -> ran.add("nested task"), added -> {
            }, error -> {
            });
            return true;
        }, done -> {
        }, error -> {
        });
        assertThat(ran).containsExactly("first", "second", "task", "nested task");

        tasks.onUi(() -> ran.add("on the UI thread: at once"));
        assertThat(ran).last().isEqualTo("on the UI thread: at once");
    }
}
