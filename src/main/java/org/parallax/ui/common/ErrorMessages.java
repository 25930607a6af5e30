package org.parallax.ui.common;

import org.parallax.model.ParallaxException;
import org.parallax.workbench.AppFolders;

/**
 * Turns a throwable into the one sentence a researcher sees: the domain message as the window says it (naming its menus
 * where the command line names commands), never a stack trace.
 */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static String of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ParallaxException failure && failure.getMessage() != null) {
                return failure.inTheWindow();
            }
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "Something went wrong: " + detail + " (details are in " + AppFolders.forThisMachine().logFile() + ")";
    }
}
