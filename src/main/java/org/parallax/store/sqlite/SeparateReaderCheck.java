package org.parallax.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteConnection;

/**
 * SQLite's integrity check on a read-only connection of its own. It reads every page of the file (1.4 s on a 66 MB
 * project), which on the project's one reader would hold every read of the window for as long; on its own
 * connection reads and writes go on beside it. Closing the project interrupts a check under way.
 */
final class SeparateReaderCheck {
    private final Path file;
    private final boolean immutable;
    private Connection running;
    private boolean stopped;

    /** A check of {@code file}, read as the project's own reader reads it ({@code immutable} in a read-only place). */
    SeparateReaderCheck(Path file, boolean immutable) {
        this.file = file;
        this.immutable = immutable;
    }

    /** "ok" for a sound file, else one finding a line; empty when the project was closed before the check finished. */
    Optional<String> run() throws SQLException {
        Connection connection;
        synchronized (this) {
            if (stopped) {
                return Optional.empty();
            }
            connection = Connections.reader(file, immutable);
            running = connection;
        }
        try {
            String findings = QuickCheck.integrity(connection);
            synchronized (this) {
                return stopped ? Optional.empty() : Optional.of(findings);
            }
        } finally {
            synchronized (this) {
                Connections.closeQuietly(connection);
                running = null;
                notifyAll();
            }
        }
    }

    /**
     * Stops a check under way and waits until its connection is closed: the project's own close folds the journal into
     * the file and removes it only as the last connection to the file.
     */
    synchronized void stop() {
        stopped = true;
        while (running != null) {
            try {
                // SQLite stops the statement under way; the check may start its next one before seeing it, so again.
                running.unwrap(SQLiteConnection.class).getDatabase().interrupt();
            } catch (SQLException e) {
                System.getLogger(SeparateReaderCheck.class.getName()).log(System.Logger.Level.DEBUG,
                        "interrupting the check of " + file + ": " + e.getMessage());
            }
            try {
                wait(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
