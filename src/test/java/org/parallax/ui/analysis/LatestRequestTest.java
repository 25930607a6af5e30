package org.parallax.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.UiFixture;
import org.parallax.ui.common.BackgroundTasks;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;
import org.parallax.workbench.Workbench;

class LatestRequestTest {
    @TempDir
    Path dir;
    private final HeldTasks tasks = new HeldTasks();
    private final ProjectContext context = new ProjectContext(tasks, new RecordingDialogs());
    private final List<String> computed = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private Workbench workbench;

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void requestsMadeWhileOneWaitsCostOneComputationOfTheLatest() {
        open();
        LatestRequest<String, String> latest = latest();
        latest.submit("scenario");
        latest.submit("actor");
        latest.submit("year");
        tasks.runAll();
        assertThat(computed).containsExactly("year");
        assertThat(shown).containsExactly("year");
    }

    @Test
    void aResultOvertakenByALaterRequestIsNotShown() {
        open();
        LatestRequest<String, String> latest = latest();
        latest.submit("scenario");
        tasks.startNext();
        latest.submit("actor");
        tasks.runAll();
        assertThat(computed).containsExactly("scenario", "actor");
        assertThat(shown).containsExactly("actor");
    }

    private void open() {
        workbench = Workbench.open(UiFixture.createProject(dir));
        context.setWorkbench(workbench);
    }

    private LatestRequest<String, String> latest() {
        return new LatestRequest<>(context, (wb, request) -> {
            computed.add(request);
            return request;
        }, shown::add);
    }

    /** Holds background work until the test lets it run; a started task's result waits for the UI turn. */
    private static final class HeldTasks implements BackgroundTasks {
        private final Deque<Runnable> work = new ArrayDeque<>();
        private final Deque<Runnable> results = new ArrayDeque<>();
        private final SynchronousTasks now = new SynchronousTasks();

        @Override
        public <T> void run(Callable<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            work.add(() -> {
                try {
                    T value = task.call();
                    results.add(() -> onSuccess.accept(value));
                } catch (Exception e) {
                    results.add(() -> onFailure.accept(e));
                }
            });
        }

        void startNext() {
            work.poll().run();
        }

        void runAll() {
            while (!work.isEmpty() || !results.isEmpty()) {
                if (!results.isEmpty()) {
                    results.poll().run();
                } else {
                    work.poll().run();
                }
            }
        }

        @Override
        public <T> Cancellable runWithProgress(ProgressWork<T> task, ProgressListener progress, Consumer<T> onSuccess,
                                               Consumer<Throwable> onFailure) {
            return now.runWithProgress(task, progress, onSuccess, onFailure);
        }

        @Override
        public void onUi(Runnable action) {
            now.onUi(action);
        }
    }
}
