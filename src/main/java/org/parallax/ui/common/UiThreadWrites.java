package org.parallax.ui.common;

import java.lang.System.Logger.Level;
import javafx.application.Platform;
import org.parallax.workbench.OutputFiles;

/**
 * Keeps file writing off the JavaFX thread, where a slow disk would freeze the window. The window logs a
 * write on its thread as a bug; robot tests install the strict form, which refuses the write and fails them.
 */
public final class UiThreadWrites {
    private static final System.Logger LOG = System.getLogger(UiThreadWrites.class.getName());

    private UiThreadWrites() {
    }

    /** Logs every write made on the JavaFX thread, with the stack that made it. */
    public static void warn() {
        OutputFiles.guardWrites(() -> {
            if (Platform.isFxApplicationThread()) {
                LOG.log(Level.WARNING, "A file was written on the JavaFX thread",
                        new IllegalStateException("file written on the JavaFX thread"));
            }
        });
    }

    /** Refuses every write made on the JavaFX thread with an IllegalStateException. */
    public static void refuse() {
        OutputFiles.guardWrites(() -> {
            if (Platform.isFxApplicationThread()) {
                throw new IllegalStateException("A file was written on the JavaFX thread; run it as a background task");
            }
        });
    }

    /** Removes the check. */
    public static void allow() {
        OutputFiles.guardWrites(null);
    }
}
