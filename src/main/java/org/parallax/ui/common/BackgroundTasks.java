package org.parallax.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.parallax.workbench.TaskProgress;

/** Runs work off the UI thread and hands results back on it; a synchronous implementation serves tests. */
public interface BackgroundTasks {

    /**
     * Runs the window's work in the background (the views' reads, and the short writes the researcher is told are
     * made at once: a passage coded, a memo, a detail, a codebook edit), in submission order, so a read sees the
     * writes queued before it; then {@code onSuccess} or {@code onFailure} on the UI thread.
     */
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
     * Runs long work (an import, an export, a backup) beside the window's work of {@link #run}, which never waits
     * behind it: a passage coded, a memo or a detail typed during an import of thousands of files was saved only when
     * the import ended, and lost if the computer went down before. It begins once the work {@link #run} queued before
     * it has run, so it sees what was saved before it. Then {@code onSuccess} or {@code onFailure} on the UI thread.
     */
    default <T> void runLong(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /**
     * Runs work that must follow everything queued before it, long work too, and that the work {@link #run} queues
     * after it must wait for: closing a project, which must not pull the project from under an import, and after
     * which the next project opens. Then {@code onSuccess} or {@code onFailure} on the UI thread.
     */
    default <T> void runAfterAll(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /**
     * Runs long work that reports progress and can be cancelled, as {@link #runLong}; {@code progress} receives the fraction
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
