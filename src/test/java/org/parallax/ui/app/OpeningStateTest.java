package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.UiFixture;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.QueuedTasks;

/**
 * The window shows before its project has opened: while the project opens in the background the status bar says
 * which one, and the warm-up starts only after the views' first reads.
 */
class OpeningStateTest {
    @TempDir
    Path dir;

    @Test
    void whileAProjectOpensTheWindowSaysWhichAndThenShowsIt() {
        Path project = UiFixture.createProject(dir);
        QueuedTasks tasks = new QueuedTasks();
        RecordingDialogs dialogs = new RecordingDialogs();
        MainViewModel main = window(tasks, dialogs);
        try {
            tasks.drain();
            main.open(project);
            assertThat(main.status().projectProperty().get()).startsWith("Opening ").endsWith("test.parallax…");
            assertThat(main.openProperty().get()).isFalse();

            tasks.drain();
            assertThat(main.openProperty().get()).isTrue();
            assertThat(main.titleProperty().get()).isEqualTo("Parallax — test.parallax");
            assertThat(main.context().workbench().awaitWarmUp(120_000)).isTrue();

            main.open(dir.resolve("missing.parallax"));
            assertThat(main.status().projectProperty().get()).endsWith("missing.parallax…");
            tasks.drain();
            assertThat(main.status().projectProperty().get()).doesNotContain("Opening");
            assertThat(dialogs.errors).singleElement().asString().contains("missing.parallax");
            assertThat(main.openProperty().get()).as("the project open before stays open").isTrue();
        } finally {
            main.close();
            tasks.drain();
        }
    }

    @Test
    void aProjectClosedWhileItOpensStaysClosed() throws InterruptedException {
        Path project = UiFixture.createProject(dir);
        QueuedTasks tasks = new QueuedTasks();
        MainViewModel main = window(tasks, new RecordingDialogs());
        Set<Thread> watchersBefore = watchers();
        try {
            tasks.drain();
            main.open(project);
            main.close();  // File → Close, or the window closing, before the opening has finished
            tasks.drain();

            assertThat(main.openProperty().get()).as("the closed project does not come back").isFalse();
            assertThat(main.context().workbench()).isNull();
            assertThat(main.status().projectProperty().get()).doesNotContain("Opening");
            // A closed project's watcher ends at once; its thread may take a moment to be gone, longer on a busy
            // machine (10 s of spinning for it was a wall-clock limit, and took a core from it).
            for (Thread watcher : watchers()) {
                if (!watchersBefore.contains(watcher)) {
                    watcher.join(TimeUnit.SECONDS.toMillis(120));
                }
            }
            assertThat(watchers()).as("the project opened in the background was closed again")
                    .isSubsetOf(watchersBefore);
        } finally {
            main.close();
            tasks.drain();
        }
    }

    /** The window's view-model over {@code tasks}, run one by one when the test drains them. */
    private MainViewModel window(QueuedTasks tasks, RecordingDialogs dialogs) {
        return new MainViewModel(new ProjectContext(tasks, dialogs), new SettingsFile(dir.resolve("settings.json")));
    }

    /** The threads that watch an open project for changes made outside the window. */
    private static Set<Thread> watchers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("parallax-outside-changes")).collect(Collectors.toSet());
    }

    @Test
    void theWarmUpStartsOnlyAfterTheViewsFirstReads() {
        Path project = UiFixture.createProject(dir);
        QueuedTasks tasks = new QueuedTasks();
        MainViewModel main = window(tasks, new RecordingDialogs());
        try {
            tasks.drain();
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
            tasks.drain();
            assertThat(main.context().workbench().awaitWarmUp(120_000)).isTrue();
        } finally {
            main.close();
            tasks.drain();
        }
    }
}
