package org.parallax.testutil;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The product's background threads (named {@code parallax-*}) alive at one moment, and those started since. */
public final class ProductThreads {
    static final String PREFIX = "parallax-";

    private final Set<Thread> alive;

    private ProductThreads(Set<Thread> alive) {
        this.alive = alive;
    }

    /** The product threads alive now. */
    public static ProductThreads now() {
        Set<Thread> threads = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(PREFIX)) {
                threads.add(thread);
            }
        }
        return new ProductThreads(threads);
    }

    /** The product threads alive now that were not alive at this snapshot. */
    public List<Thread> startedSince() {
        List<Thread> started = new ArrayList<>();
        for (Thread thread : now().alive) {
            if (!alive.contains(thread)) {
                started.add(thread);
            }
        }
        return started;
    }

    /** Those of the threads still alive once they have had the grace period to end (a last step is no leak). */
    public static List<Thread> stillAliveAfter(List<Thread> threads, long graceMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
        for (Thread thread : threads) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                break;
            }
            thread.join(left);
        }
        return threads.stream().filter(Thread::isAlive).toList();
    }

    /** A thread's name, kind, state and where it is, for a failure message. */
    public static String describe(Thread thread) {
        String frames = Arrays.stream(thread.getStackTrace()).limit(12).map(f -> "        at " + f)
                .collect(Collectors.joining("\n"));
        return "    " + thread.getName() + (thread.isDaemon() ? " (daemon)" : "") + ", " + thread.getState()
                + (frames.isEmpty() ? "" : "\n" + frames);
    }
}
