package org.parallax.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What {@link ThreadLeakCheck} counts as a leak: real threads, started before, during and ended in the grace. */
class ProductThreadsTest {
    @Test
    void aProductThreadStartedSinceTheSnapshotAndStillRunningIsNamedWithWhereItIs() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> await(release), "not-parallax-helper");
        ProductThreads before = ProductThreads.now();
        Thread leaking = new Thread(() -> await(release), "parallax-test-leak");
        leaking.setDaemon(true);
        leaking.start();
        other.start();
        try {
            // Its stack names the wait only once it waits: a thread just started may not have run a line yet.
            waitUntilWaiting(leaking);
            assertThat(ProductThreads.stillAliveAfter(before.startedSince(), 200)).containsExactly(leaking);
            assertThat(ProductThreads.describe(leaking)).contains("parallax-test-leak (daemon)")
                    .contains("ProductThreadsTest.await");
        } finally {
            release.countDown();
            leaking.join();
            other.join();
        }
    }

    @Test
    void aThreadAliveBeforeTheSnapshotIsNotCounted() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread earlier = new Thread(() -> await(release), "parallax-test-earlier");
        earlier.start();
        try {
            assertThat(ProductThreads.now().startedSince()).doesNotContain(earlier);
        } finally {
            release.countDown();
            earlier.join();
        }
    }

    @Test
    void aThreadThatEndsWithinTheGracePeriodIsNoLeak() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ProductThreads before = ProductThreads.now();
        Thread finishing = new Thread(() -> await(release), "parallax-test-finishing");
        finishing.start();
        Thread releaser = new Thread(() -> {
            sleepQuietly(100);
            release.countDown();
        }, "releaser");
        releaser.start();

        assertThat(ProductThreads.stillAliveAfter(before.startedSince(), 120_000)).isEmpty();
        assertThat(finishing.isAlive()).isFalse();
        releaser.join();
    }

    private static void waitUntilWaiting(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (thread.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(thread.getState()).as("the thread waits on its latch").isEqualTo(Thread.State.WAITING);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
