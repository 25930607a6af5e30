package org.parallax.bench;

import java.lang.management.ManagementFactory;

/** CPU time of the whole process (every thread, the JIT's and the collector's too), where the JVM reports it. */
public final class ProcessCpu {
    private ProcessCpu() {
    }

    /** Nanoseconds of CPU the process has used so far, or 0 where the JVM does not say. */
    public static long nanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }
}
