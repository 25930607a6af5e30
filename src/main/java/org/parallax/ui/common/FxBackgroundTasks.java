package org.parallax.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.parallax.workbench.TaskProgress;

/**
 * Runs work as JavaFX {@link Task}s on one background thread: the project is one SQLite file, and
 * running reads and writes in submission order keeps every read after the write it follows.
 */
public final class FxBackgroundTasks implements BackgroundTasks, AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "parallax-background");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(task(work, onSuccess, onFailure));
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
        executor.execute(task);
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
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdownNow();
    }
}
