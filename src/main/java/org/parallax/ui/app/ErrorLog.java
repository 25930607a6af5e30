package org.parallax.ui.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.ErrorMessages;
import org.parallax.workbench.SharedLogFile;

/**
 * Sends the application's log to the log folder (workbench.AppFolders) and catches anything uncaught: the trace goes
 * to the log, the researcher sees the message in a dialog.
 */
public final class ErrorLog {
    private static final System.Logger LOG = System.getLogger(ErrorLog.class.getName());
    /** Held so its level is not lost when the logger is collected. */
    private static final Logger PARALLAX = Logger.getLogger("org.parallax");
    private static volatile Path file;

    private ErrorLog() {
    }

    /**
     * Sends the window's log to {@code file} and nowhere else: Parallax's records from INFO (the start-up steps), the
     * libraries' warnings and errors. A researcher who started the window from a terminal read them there, with the
     * trace of any uncaught error, and could act on none of it. Failing to open the file only costs the log, which then
     * stays on the terminal.
     */
    public static void logToFile(Path file) {
        Handler handler;
        try {
            handler = SharedLogFile.open(file);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot write the log file " + file, e);
            return;
        }
        Logger root = Logger.getLogger("");
        for (Handler console : root.getHandlers()) {
            root.removeHandler(console);
        }
        root.setLevel(java.util.logging.Level.WARNING);
        root.addHandler(handler);
        PARALLAX.setLevel(java.util.logging.Level.INFO);
        ErrorLog.file = file;
    }

    /** The log file this run writes, if one could be opened. */
    public static java.util.Optional<Path> file() {
        return java.util.Optional.ofNullable(file);
    }

    public static void showUncaught(DialogService dialogs) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.ERROR, "Uncaught on " + thread.getName(), error);
            String message = ErrorMessages.of(error);
            if (Platform.isFxApplicationThread()) {
                dialogs.showError("Parallax", message);
            } else {
                Platform.runLater(() -> dialogs.showError("Parallax", message));
            }
        });
    }
}
