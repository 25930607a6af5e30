package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the command line's log goes: the log file the window writes too (workbench.AppFolders), never the
 * terminal. Standard error carries the one line a user reads; the traces behind it, and the libraries'
 * complaints about a hostile file (PDFBox, POI), go to the file.
 */
final class CliLog {
    private static volatile Path file;

    private CliLog() {
    }

    /** Sends warnings and errors of every logger to {@code logFile}; failing to open it only costs the log. */
    static void toFile(Path logFile) {
        Logger root = Logger.getLogger("");
        for (Handler console : root.getHandlers()) {
            root.removeHandler(console);
        }
        root.setLevel(Level.WARNING);
        try {
            Files.createDirectories(logFile.getParent());
            FileHandler handler = new FileHandler(logFile.toString().replace("%", "%%"), 2_000_000, 1, true);
            handler.setFormatter(new SimpleFormatter());
            root.addHandler(handler);
            file = logFile;
        } catch (IOException | RuntimeException e) {
            // A read-only home or a full disk: the command still runs, without a log.
        }
    }

    /** The log file this run writes, if one could be opened. */
    static Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
