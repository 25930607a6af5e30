package org.parallax.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.parallax.workbench.TaskProgress;

/**
 * Runs work as JavaFX {@link Task}s on one background thread: the project is one SQLite file, and
 * running reads and writes in submission order keeps every read after the write it follows. Short saves the
 * researcher is told are made at once run on a second thread ({@link #runPromptly}), beside long work.
 */
public final class FxBackgroundTasks implements BackgroundTasks, AutoCloseable {
    private final ExecutorService executor = thread("parallax-background");
    private final ExecutorService prompt = thread("parallax-prompt");
    /** The last work {@link #runPromptly} queued: work queued on the other thread after it begins once it has run. */
    private Future<?> lastPrompt = CompletableFuture.completedFuture(null);

    private static ExecutorService thread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queue(task(work, onSuccess, onFailure));
    }

    @Override
    public synchronized <T> void runPromptly(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        lastPrompt = prompt.submit(task(work, onSuccess, onFailure));
    }

    /** Queues {@code work} on the background thread, to begin once the prompt work queued before it has run. */
    private synchronized void queue(Runnable work) {
        Future<?> before = lastPrompt;
        executor.execute(() -> {
            awaitQuietly(before);
            work.run();
        });
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
        queue(task);
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
        prompt.shutdown();
        executor.shutdown();
        try {
            prompt.awaitTermination(10, TimeUnit.SECONDS);
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        prompt.shutdownNow();
        executor.shutdownNow();
    }
}
