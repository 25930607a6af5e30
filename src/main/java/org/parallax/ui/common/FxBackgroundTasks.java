package org.parallax.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.parallax.workbench.TaskProgress;

/**
 * Runs work as JavaFX {@link Task}s on two background threads. The window's own work ({@link #run}: the views' reads
 * and the short writes the researcher is told are made at once, codings, memos, details, codebook edits) runs on one
 * thread in submission order, so a read always sees the write queued before it. Long work ({@link #runLong},
 * {@link #runWithProgress}: an import, an export, a backup) runs on the other, so a passage coded during an import of
 * thousands of files is saved and shown at once instead of when the import ends; it begins once the window's work
 * queued before it has run (an export includes the passage coded just before it). Closing a project
 * ({@link #runAfterAll}) waits for both, and the window's work queued after it waits for it.
 */
public final class FxBackgroundTasks implements BackgroundTasks, AutoCloseable {
    private final ExecutorService window = thread("parallax-background");
    private final ExecutorService longWork = thread("parallax-long-work");
    /** The window's work last queued: long work queued after it begins once it has run. */
    private Future<?> lastOfTheWindow = CompletableFuture.completedFuture(null);
    /** The last work that waits for everything before it: the window's work queued after it begins once it has run. */
    private Future<?> lastAfterAll = CompletableFuture.completedFuture(null);

    private static ExecutorService thread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public synchronized <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        lastOfTheWindow = queue(window, lastAfterAll, task(work, onSuccess, onFailure));
    }

    @Override
    public synchronized <T> void runLong(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queue(longWork, lastOfTheWindow, task(work, onSuccess, onFailure));
    }

    /** On the long work's thread, which runs in order: it follows the long work and the window's work before it. */
    @Override
    public synchronized <T> void runAfterAll(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        lastAfterAll = queue(longWork, lastOfTheWindow, task(work, onSuccess, onFailure));
    }

    /** Queues {@code work} on {@code thread}, to begin once {@code before} has run; the returned future ends with it. */
    private static Future<?> queue(ExecutorService thread, Future<?> before, Runnable work) {
        FutureTask<Void> queued = new FutureTask<>(() -> {
            awaitQuietly(before);
            work.run();
        }, null);
        thread.execute(queued);
        return queued;
    }

    private static void awaitQuietly(Future<?> work) {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            // A task reports its own failure; what follows it runs all the same.
        }
    }

    /** A thread for each: such work is rare (once per opening) and ends with the project it reads. */
    @Override
    public <T> void runAside(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Thread thread = new Thread(task(work, onSuccess, onFailure), "parallax-aside");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static <T> Task<T> task(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        return task;
    }

    /**
     * Cancel sets a flag the workbench polls instead of interrupting the thread: an interrupt in the middle
     * of a SQLite write would lose the chunk being stored, and the task should still report what it did.
     */
    @Override
    public <T> Cancellable runWithProgress(ProgressWork<T> work, ProgressListener progress, Consumer<T> onSuccess,
                                           Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call(new TaskProgress() {
                    public void update(long done, long total, String message) {
                        updateProgress(done, total);
                        updateMessage(message);
                    }

                    public boolean isCancelled() {
                        return cancelled.get();
                    }
                });
            }
        };
        task.progressProperty().addListener((o, was, now) -> progress.update(now.doubleValue(), task.getMessage()));
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        synchronized (this) {
            queue(longWork, lastOfTheWindow, task);
        }
        return () -> cancelled.set(true);
    }

    @Override
    public void onUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Lets queued work finish (closing a project must reach its file) for a few seconds, then stops. */
    @Override
    public void close() {
        window.shutdown();
        longWork.shutdown();
        try {
            window.awaitTermination(10, TimeUnit.SECONDS);
            longWork.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        window.shutdownNow();
        longWork.shutdownNow();
    }
}
