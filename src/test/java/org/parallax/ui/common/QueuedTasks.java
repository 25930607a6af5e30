package org.parallax.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.parallax.workbench.TaskProgress;

/**
 * Background work held until the test lets it run, like a busy background thread: tasks run in submission order,
 * each on the calling thread, when {@link #drain()} (or a poll of {@link #queue}) gets to them.
 */
public final class QueuedTasks implements BackgroundTasks {
    public final Deque<Runnable> queue = new ArrayDeque<>();
    private final SynchronousTasks now = new SynchronousTasks();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(() -> now.run(work, onSuccess, onFailure));
    }

    @Override
    public <T> Cancellable runWithProgress(ProgressWork<T> work, ProgressListener progress, Consumer<T> onSuccess,
                                           Consumer<Throwable> onFailure) {
        // Cancelled as soon as asked, also while the task runs (from its own progress, say), as the window's tasks are.
        AtomicBoolean cancelled = new AtomicBoolean();
        TaskProgress reporter = new TaskProgress() {
            public void update(long done, long total, String message) {
                progress.update(total == 0 ? 1 : (double) done / total, message);
            }

            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        queue.add(() -> now.run(() -> work.call(reporter), onSuccess, onFailure));
        return () -> cancelled.set(true);
    }

    @Override
    public void onUi(Runnable action) {
        now.onUi(action);
    }

    /** Runs every queued task, and what they queue, until none is left; then what other threads handed the UI. */
    public void drain() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
        now.deliverPending();
    }
}
