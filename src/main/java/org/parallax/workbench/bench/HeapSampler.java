package org.parallax.workbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use during a run: a daemon thread samples used heap every few milliseconds, and the heap
 * pools' own peak counters (reset at start) give an upper bound that no sampling interval can miss.
 */
public final class HeapSampler implements AutoCloseable {
    private static final long INTERVAL_MILLIS = 10;

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakSampled;

    private HeapSampler() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
        thread = new Thread(this::sample, "parallax-heap-sampler");
        thread.setDaemon(true);
    }

    /** Collects garbage, resets the peak counters and starts sampling. */
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

    /** The sum of the heap pools' peaks, in bytes: an upper bound, as pools peak at different moments. */
    public long peakPoolsBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
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
