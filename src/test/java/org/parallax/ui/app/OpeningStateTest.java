package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.UiFixture;
import org.parallax.ui.common.BackgroundTasks;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;

/**
 * The window shows before its project has opened: while the project opens in the background the status bar says
 * which one, and the warm-up starts only after the views' first reads.
 */
class OpeningStateTest {
    @TempDir
    Path dir;

    /** Background work held until {@link #runAll()}, as if the background thread had not got to it yet. */
    static final class HeldTasks implements BackgroundTasks {
        final Deque<Runnable> queue = new ArrayDeque<>();
        final SynchronousTasks now = new SynchronousTasks();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> now.run(work, onSuccess, onFailure));
        }

        @Override
        public <T> Cancellable runWithProgress(ProgressWork<T> work, ProgressListener progress,
                                               Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> now.runWithProgress(work, progress, onSuccess, onFailure));
            return () -> {
            };
        }

        @Override
        public void onUi(Runnable action) {
            action.run();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }
    }

    @Test
    void whileAProjectOpensTheWindowSaysWhichAndThenShowsIt() {
        Path project = UiFixture.createProject(dir);
        HeldTasks tasks = new HeldTasks();
        RecordingDialogs dialogs = new RecordingDialogs();
        MainViewModel main = new MainViewModel(new ProjectContext(tasks, dialogs),
                new SettingsFile(dir.resolve("settings.json")));
        try {
            tasks.runAll();
            main.open(project);
            assertThat(main.status().projectProperty().get()).startsWith("Opening ").endsWith("test.parallax…");
            assertThat(main.openProperty().get()).isFalse();

            tasks.runAll();
            assertThat(main.openProperty().get()).isTrue();
            assertThat(main.titleProperty().get()).isEqualTo("Parallax — test.parallax");
            assertThat(main.context().workbench().awaitWarmUp(120_000)).isTrue();

            main.open(dir.resolve("missing.parallax"));
            assertThat(main.status().projectProperty().get()).endsWith("missing.parallax…");
            tasks.runAll();
            assertThat(main.status().projectProperty().get()).doesNotContain("Opening");
            assertThat(dialogs.errors).singleElement().asString().contains("missing.parallax");
            assertThat(main.openProperty().get()).as("the project open before stays open").isTrue();
        } finally {
            main.close();
            tasks.runAll();
        }
    }

    @Test
    void theWarmUpStartsOnlyAfterTheViewsFirstReads() {
        Path project = UiFixture.createProject(dir);
        HeldTasks tasks = new HeldTasks();
        MainViewModel main = new MainViewModel(new ProjectContext(tasks, new RecordingDialogs()),
                new SettingsFile(dir.resolve("settings.json")));
        try {
            tasks.runAll();
            main.open(project);
            tasks.queue.poll().run();  // the open itself: the views queue their first reads, then the warm-up
            assertThat(main.openProperty().get()).isTrue();
            int reads = tasks.queue.size();
            assertThat(reads).as("the views' first reads and the warm-up").isGreaterThan(1);
            for (int i = 0; i < reads - 1; i++) {
                tasks.queue.poll().run();  // what these queue comes after the warm-up
            }
            // the warm-up is the next task: nothing has started it yet (it used to start with the open itself)
            assertThat(main.context().workbench().awaitWarmUp(0)).isTrue();
            tasks.runAll();
            assertThat(main.context().workbench().awaitWarmUp(120_000)).isTrue();
        } finally {
            main.close();
            tasks.runAll();
        }
    }
}
