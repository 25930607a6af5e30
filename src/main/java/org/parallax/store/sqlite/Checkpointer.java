package org.parallax.store.sqlite;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Folds the write-ahead log into the main project file shortly after the last write, on a background
 * thread, so the committed state lives in the one file a sync client copies. Debounced: a burst of coding
 * costs one checkpoint, and the write itself never waits for it (coding latency stays that of a commit).
 */
final class Checkpointer {
    static final long DELAY_MILLIS = 200;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "parallax-checkpoint");
        thread.setDaemon(true);
        return thread;
    });
    private final Runnable checkpoint;
    private ScheduledFuture<?> pending;

    Checkpointer(Runnable checkpoint) {
        this.checkpoint = checkpoint;
    }

    /** Schedules a checkpoint after the delay, replacing one not yet run. */
    synchronized void afterWrite() {
        if (timer.isShutdown()) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(checkpoint, DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** True while a checkpoint is scheduled and has not finished. */
    synchronized boolean pending() {
        return pending != null && !pending.isDone();
    }

    synchronized void stop() {
        timer.shutdownNow();
    }
}
