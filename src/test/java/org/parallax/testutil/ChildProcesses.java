package org.parallax.testutil;

import java.util.concurrent.TimeUnit;

/** Child processes (a second JVM, the command line) that tests start. */
public final class ChildProcesses {
    private ChildProcesses() {
    }

    /**
     * Waits for the child to end. One still running after the limit is killed before the test fails, so that it
     * writes no more into the test's temporary folder (JUnit deletes it next) and does not load the next tests.
     */
    public static void awaitExit(Process child, long limitSeconds) throws InterruptedException {
        if (!child.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            throw new AssertionError("The child process did not end within " + limitSeconds + " s and was killed");
        }
    }
}
