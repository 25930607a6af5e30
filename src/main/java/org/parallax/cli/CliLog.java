package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.parallax.workbench.SharedLogFile;

/**
 * Where the command line's log goes: the log file the window writes too (workbench.AppFolders), never the
 * terminal. Standard error carries the one line a user reads; the traces behind it, and the libraries'
 * complaints about a hostile file (PDFBox, POI), go to the file.
 */
final class CliLog {
    private static volatile Path file;

    private CliLog() {
    }

    /**
     * Sends warnings and errors of every logger to {@code logFile}. The file is opened at the first of them: most
     * commands log nothing, and opening it (folder, file, handler) was part of every command's start.
     */
    static void toFile(Path logFile) {
        Logger root = Logger.getLogger("");
        for (Handler console : root.getHandlers()) {
            root.removeHandler(console);
        }
        root.setLevel(Level.WARNING);
        root.addHandler(new FileOnFirstRecord(logFile));
    }

    /** Opens the log file when the first record arrives and hands it that record and all later ones. */
    private static final class FileOnFirstRecord extends Handler {
        private final Path logFile;
        private Handler file;
        private boolean failed;

        FileOnFirstRecord(Path logFile) {
            this.logFile = logFile;
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (file == null && !failed && isLoggable(record)) {
                try {
                    file = SharedLogFile.open(logFile);
                    CliLog.file = logFile;
                } catch (IOException | RuntimeException e) {
                    // A read-only home or a full disk: the command still runs, without a log.
                    failed = true;
                }
            }
            if (file != null) {
                file.publish(record);
            }
        }

        @Override
        public synchronized void flush() {
            if (file != null) {
                file.flush();
            }
        }

        @Override
        public synchronized void close() {
            if (file != null) {
                file.close();
            }
        }
    }

    /** The log file this run writes, if something was logged and the file could be opened. */
    static Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
