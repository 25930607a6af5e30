package org.parallax.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.parallax.workbench.TaskProgress;

/** Runs every task at once on the calling thread, so view-models can be tested without a toolkit. */
public final class SynchronousTasks implements BackgroundTasks {

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> Cancellable runWithProgress(ProgressWork<T> work, ProgressListener progress, Consumer<T> onSuccess,
                                           Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        TaskProgress reporter = new TaskProgress() {
            public void update(long done, long total, String message) {
                progress.update(total == 0 ? 1 : (double) done / total, message);
            }

            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        run(() -> work.call(reporter), onSuccess, onFailure);
        return () -> cancelled.set(true);
    }

    @Override
    public void onUi(Runnable action) {
        action.run();
    }
}
