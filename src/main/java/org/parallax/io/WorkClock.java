package org.parallax.io;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Time spent reading one file, from the start of its extraction: the processor time of the thread that reads it,
 * where the Java runtime measures a thread's processor time, and the wall time. A file's time limit counts the work
 * the reading did, not how busy the computer was meanwhile: on two processors shared by some thirty busy programs a
 * genuine PDF of 7.7 s of processor time took 69.6 s and met a limit of 60 s counted on the wall.
 */
final class WorkClock {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long wallStart;
    private final long cpuStart;

    private WorkClock(long wallStart, long cpuStart) {
        this.wallStart = wallStart;
        this.cpuStart = cpuStart;
    }

    /** Started on the thread that will read: processor time is that thread's. */
    static WorkClock start() {
        return new WorkClock(System.nanoTime(), cpuNow());
    }

    /** Whether processor time is measured; where it is not, {@link #work()} is the wall time. */
    boolean measuresWork() {
        return cpuStart >= 0;
    }

    /** Processor time the reading thread has spent since the start, or the wall time where not measured. */
    long work() {
        if (!measuresWork()) {
            return elapsed();
        }
        long now = cpuNow();
        return now < 0 ? elapsed() : now - cpuStart;
    }

    /** Wall time since the start, working or waiting. */
    long elapsed() {
        return System.nanoTime() - wallStart;
    }

    private static long cpuNow() {
        return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled()
                ? THREADS.getCurrentThreadCpuTime() : -1;
    }
}
