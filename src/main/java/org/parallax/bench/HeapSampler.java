package org.parallax.bench;

import java.lang.management.ManagementFactory;

/** Peak heap use during a run: a daemon thread samples the used heap every 10 ms. */
public final class HeapSampler implements AutoCloseable {
    private static final long INTERVAL_MILLIS = 10;

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakSampled;

    private HeapSampler() {
        thread = new Thread(this::sample, "parallax-heap-sampler");
        thread.setDaemon(true);
    }

    /** Collects garbage and starts sampling. */
    public static HeapSampler start() {
        System.gc();
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    private void sample() {
        var memory = ManagementFactory.getMemoryMXBean();
        while (running) {
            peakSampled = Math.max(peakSampled, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The highest used heap any sample saw, in bytes. */
    public long peakSampledBytes() {
        return peakSampled;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
