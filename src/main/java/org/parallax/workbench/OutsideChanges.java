package org.parallax.workbench;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.parallax.store.ProjectStore;

/**
 * Polls the project file for commits made by other programs (the command line, a second window) on a
 * background thread; {@link ProjectStore#pollOutsideChanges} does nothing while this process is writing, and
 * every write checks once more before it starts, so an outside change is never missed by a cache.
 */
final class OutsideChanges implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OutsideChanges.class.getName());
    private final ScheduledExecutorService poller;

    OutsideChanges(ProjectStore db, Duration interval) {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parallax-outside-changes");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(() -> {
            try {
                db.pollOutsideChanges();
            } catch (RuntimeException e) {
                // A failed poll must not end the polling: the next one may succeed.
                LOG.log(System.Logger.Level.WARNING, "Checking the project for outside changes failed", e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        poller.shutdownNow();
        try {
            poller.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
