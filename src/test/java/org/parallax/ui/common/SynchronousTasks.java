package org.parallax.ui.common;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.parallax.workbench.TaskProgress;

/**
 * Runs every task at once on the calling thread, so view-models can be tested without a toolkit.
 *
 * <p>The thread that makes it stands for the UI thread. What other threads hand to {@link #onUi} (the
 * outside-changes poller, the search index, a team server's notices) waits, in order, for that thread's next
 * turn, as {@code Platform.runLater} would: the next task it starts, or {@link #deliverPending()}. Run at once
 * on the poller's thread instead, it would change a view-model while the test reads or changes it.
 */
public final class SynchronousTasks implements BackgroundTasks {
    private final Thread uiThread = Thread.currentThread();
    private final BlockingQueue<Runnable> pending = new LinkedBlockingQueue<>();
    /** How deep the UI thread is in tasks and deliveries: only a fresh turn (0) delivers what waits. */
    private int depth;

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        boolean onUiThread = Thread.currentThread() == uiThread;
        if (onUiThread) {
            depth++;
        }
        try {
            if (onUiThread && depth == 1) {
                // A fresh turn of the UI thread: what other threads handed over before it runs first.
                runPending();
            }
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        } finally {
            if (onUiThread) {
                depth--;
            }
        }
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
        if (Thread.currentThread() == uiThread) {
            action.run();
        } else {
            pending.add(action);
        }
    }

    /** Runs, on the UI thread, what other threads handed to {@link #onUi} so far, in the order they did. */
    public void deliverPending() {
        requireUiThread();
        depth++;
        try {
            runPending();
        } finally {
            depth--;
        }
    }

    /**
     * Delivers what other threads hand to {@link #onUi}, as it arrives, until {@code condition} holds: for a test
     * that waits for a change another program makes. Fails after {@code timeout} without it.
     */
    public void deliverUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        requireUiThread();
        long deadline = System.nanoTime() + timeout.toNanos();
        deliverPending();
        while (!condition.getAsBoolean()) {
            Runnable action = pending.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (action == null) {
                throw new IllegalStateException("nothing delivered made it so within " + timeout.toSeconds() + " s");
            }
            depth++;
            try {
                action.run();
            } finally {
                depth--;
            }
        }
    }

    private void runPending() {
        for (Runnable action = pending.poll(); action != null; action = pending.poll()) {
            action.run();
        }
    }

    private void requireUiThread() {
        if (Thread.currentThread() != uiThread) {
            throw new IllegalStateException("deliver on the thread that made the tasks (" + uiThread.getName() + ")");
        }
    }
}
