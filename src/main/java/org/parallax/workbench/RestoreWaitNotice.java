package org.parallax.workbench;

import java.util.function.Consumer;

/**
 * Who is told, once, that opening a project waits for a restore another program is making: the window's status bar,
 * the terminal. Opening waited up to {@link Workbench#restoreWait} without a word, and the researcher who
 * double-clicked the project saw nothing happen for seconds. Scoped to the thread that opens, so two windows opening
 * projects at once each hear only of their own.
 */
public final class RestoreWaitNotice {
    private static final ThreadLocal<Consumer<String>> TOLD = new ThreadLocal<>();

    private RestoreWaitNotice() {
    }

    /** An opening that may throw what its caller's opening throws. */
    public interface Opening<T, E extends Exception> {
        T open() throws E;
    }

    /** Runs {@code opening} on this thread; if it waits for a restore, {@code told} hears one line saying so. */
    public static <T, E extends Exception> T telling(Consumer<String> told, Opening<T, E> opening) throws E {
        Consumer<String> before = TOLD.get();
        TOLD.set(told);
        try {
            return opening.open();
        } finally {
            TOLD.set(before);
        }
    }

    /** Says that opening {@code name} waits for its restore, to whoever this thread's opening tells. */
    static void waiting(String name) {
        Consumer<String> told = TOLD.get();
        if (told != null) {
            told.accept(name + " is being restored from a backup by another program (parallax restore, or File → "
                    + "Restore from backup… in a window): waiting up to " + Workbench.restoreWait.toSeconds()
                    + " seconds for it to finish before opening it");
        }
    }
}
