package org.parallax.ui.app;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes the window's start-up steps into the log, each with the time since the process started and the CPU time
 * the process has used, so a slow start can be read from any user's log (docs/performance.md, "Where the window's
 * start-up goes"): the toolkit started, the window shown, the first layout, the project open, the views filled, and
 * the window usable (the documents listed and drawn, the JavaFX thread answering).
 */
final class StartupLog {
    private static final System.Logger LOG = System.getLogger(StartupLog.class.getName());
    private static final ProcessHandle SELF = ProcessHandle.current();
    private static final java.util.Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private StartupLog() {
    }

    /** Logs {@code step} the first time only: later projects opened in the same run are not start-up. */
    static void step(String step) {
        step(step, "");
    }

    /** As {@link #step(String)}, with what the step found, e.g. how many documents were listed. */
    static void step(String step, String detail) {
        if (!SEEN.add(step)) {
            return;
        }
        ProcessHandle.Info info = SELF.info();
        long sinceStart = info.startInstant().map(t -> Duration.between(t, Instant.now()).toMillis()).orElse(-1L);
        long cpu = info.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        LOG.log(Level.INFO, "start-up: " + step + " after " + sinceStart + " ms (process CPU " + cpu + " ms)"
                + (detail.isEmpty() ? "" : ": " + detail));
    }
}
