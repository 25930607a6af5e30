package org.parallax.ui.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import javafx.application.Platform;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.ErrorMessages;

/**
 * Sends the application's log to the log folder (workbench.AppFolders) and catches anything uncaught: the trace goes
 * to the log, the researcher sees the message in a dialog.
 */
public final class ErrorLog {
    private static final System.Logger LOG = System.getLogger(ErrorLog.class.getName());
    private static volatile Path file;

    private ErrorLog() {
    }

    /** Adds a file handler for the org.parallax loggers; failing to open the file only costs the log. */
    public static void logToFile(Path file) {
        try {
            Files.createDirectories(file.getParent());
            FileHandler handler = new FileHandler(file.toString(), 2_000_000, 1, true);
            handler.setFormatter(new SimpleFormatter());
            Logger.getLogger("org.parallax").addHandler(handler);
            ErrorLog.file = file;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot write the log file " + file, e);
        }
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
