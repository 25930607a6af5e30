package org.parallax.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A network drive that stopped answering, for the tests of what the window asks the file system: every question about
 * a path on it waits until the test lets the drive answer (at most {@link #HANG_SECONDS}), and the threads that asked
 * are kept, so a test sees whether the JavaFX thread ever did.
 */
final class HangingDrive {
    /** How long a question waits at most: far longer than a window may stand still. */
    static final long HANG_SECONDS = 120;
    /**
     * How long the window may take to be made while the drive hangs: no measure of speed (a busy machine is slow),
     * only well within the hang, so a window that waits for the drive fails.
     */
    static final long MADE_WITHIN_SECONDS = 60;

    private final Path root;
    private final CountDownLatch answers = new CountDownLatch(1);
    private final List<Thread> askedOn = new CopyOnWriteArrayList<>();

    HangingDrive(Path root) {
        this.root = root;
    }

    /** Called by the question before it answers: notes the thread, and waits when {@code path} is on the drive. */
    void ask(Path path) {
        askedOn.add(Thread.currentThread());
        if (path.startsWith(root)) {
            try {
                answers.await(HANG_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Lets every question waiting, and every one after, be answered. */
    void answer() {
        answers.countDown();
    }

    boolean stillHangs() {
        return answers.getCount() == 1;
    }

    /** The threads that asked so far. */
    List<Thread> askedOn() {
        return List.copyOf(askedOn);
    }
}
