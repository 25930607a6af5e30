package org.parallax.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.parallax.workbench.TaskProgress;

/** Runs work off the UI thread and hands results back on it; a synchronous implementation serves tests. */
public interface BackgroundTasks {

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs {@code work} on a thread of its own, beside the queue of {@link #run}: for a long read that must not hold up
     * what the researcher asks for meanwhile (SQLite's integrity check after opening). Then {@code onSuccess} or
     * {@code onFailure} on the UI thread.
     */
    default <T> void runAside(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /**
     * Runs short work the researcher is told is done at once (a memo saved as it is typed, and the memo's read) on a
     * queue of its own, so that it never waits behind long work {@link #run} queued (an import of thousands of files,
     * an export): a memo left "Saving…" for a whole import was lost when the computer went down before the import
     * ended. Such work runs in submission order among itself, and work {@link #run} queues after it waits for it, so
     * what is read, undone or closed after a save still sees it. Then {@code onSuccess} or {@code onFailure} on the
     * UI thread.
     */
    default <T> void runPromptly(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /**
     * Runs long work that reports progress and can be cancelled; {@code progress} receives the fraction
     * done (0..1) and a message on the UI thread.
     */
    <T> Cancellable runWithProgress(ProgressWork<T> work, ProgressListener progress, Consumer<T> onSuccess,
                                    Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (now, if already there). */
    void onUi(Runnable action);

    /** Long work given a {@link TaskProgress} to report to and to poll for cancel. */
    @FunctionalInterface
    interface ProgressWork<T> {
        T call(TaskProgress progress) throws Exception;
    }

    /** Receives progress of a long task on the UI thread. */
    @FunctionalInterface
    interface ProgressListener {
        void update(double fraction, String message);
    }

    /** A running task the user can cancel. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
