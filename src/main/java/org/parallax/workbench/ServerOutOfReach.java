package org.parallax.workbench;

import org.parallax.store.ServerLostException;

/**
 * Tells a view's read that failed only because the team server is out of reach: nothing was changed, the window's
 * status line already says so (once, naming the server) and the view refreshes once the server answers, so the
 * failure needs no dialog of its own.
 */
public final class ServerOutOfReach {
    private ServerOutOfReach() {
    }

    /** Whether {@code error} is the team server being out of reach, with nothing of a change in question. */
    public static boolean explains(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ServerLostException lost) {
                return !lost.mayHaveBeenSaved();
            }
        }
        return false;
    }
}
