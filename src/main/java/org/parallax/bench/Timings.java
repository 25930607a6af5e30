package org.parallax.bench;

import java.util.Arrays;

/** Wall-clock measurements of repeated runs, reduced to a median. */
public final class Timings {
    private final long[] nanos;
    private int count;

    public Timings(int capacity) {
        this.nanos = new long[capacity];
    }

    /** Runs {@code work} once and records its wall time. */
    public void time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        nanos[count++] = System.nanoTime() - start;
    }

    /** Records a wall time measured by the caller, for work that ends on another thread. */
    public void record(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    public double medianMillis() {
        if (count == 0) {
            throw new IllegalStateException("no timings recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        long median = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
        return median / 1e6;
    }

    /** Seconds taken by {@code work}, run once. */
    public static double seconds(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
