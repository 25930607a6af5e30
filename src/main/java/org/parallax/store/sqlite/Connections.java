package org.parallax.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** How Parallax connects to a project file: the pragmas of the writer and the read-only variants. */
final class Connections {
    /**
     * Log pages after which a commit folds the log into the main file itself (SQLite's default: 1,000 pages, 4 MiB).
     * The checkpointer does that in the background shortly after each write; at the default, a commit of a large
     * batch (200,000 passages write about 4,200 pages) also ran the checkpoint inside the user's action, copying
     * the pages and syncing the main file before returning
     * (docs/performance.md, issue 18 session 8).
     * 64 MiB keeps that for a long burst of writes that never leaves the checkpointer a pause.
     */
    static final int AUTOCHECKPOINT_PAGES = 16_384;

    private Connections() {
    }

    /** The one writing connection; {@code create} allows SQLite to make a new file, which only "new" may. */
    static Connection writer(Path file, boolean create) throws SQLException {
        SQLiteConfig config = common();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a committed coding action survives a power cut, not only a crash.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (!create) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        Connection connection = config.createConnection("jdbc:sqlite:" + file);
        try (var st = connection.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = " + AUTOCHECKPOINT_PAGES);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw e;
        }
        return connection;
    }

    /**
     * A read-only connection. {@code immutable} is for files Parallax may not write (a read-only file or
     * folder): SQLite then creates no {@code -shm}/{@code -wal} beside it, which would otherwise inherit the
     * file's read-only permissions and block writing once the permissions are fixed.
     */
    static Connection reader(Path file, boolean immutable) throws SQLException {
        SQLiteConfig config = common();
        config.setReadOnly(true);
        // 16 MiB, not the writer's 64: the reader streams texts once (the background indexing reads every imported
        // text back), which would otherwise leave up to 64 MiB more resident for no later hit.
        config.setCacheSize(-16_384);
        if (immutable) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            return config.createConnection("jdbc:sqlite:file:" + file.toUri().getRawPath() + "?immutable=1");
        }
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * Removes the empty {@code -wal} and {@code -shm} a read-only connection made beside a file that had none and could
     * not remove on closing. SQLite removes them itself when the last connection to the file that may write closes:
     * one is opened, reads, and is closed, so another program that has the file open meanwhile keeps them (it is then
     * not the last), and an empty log folds nothing into the file.
     */
    static void removeSideFilesOfReading(Path file) {
        if (!java.nio.file.Files.exists(org.parallax.model.SqliteSideFile.WAL.beside(file))) {
            return;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setBusyTimeout(0);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file);
             var st = connection.createStatement()) {
            st.executeQuery("SELECT count(*) FROM sqlite_master").close();
        } catch (SQLException e) {
            // Another program holds the file, or it cannot be written: its side files stay, as SQLite leaves them.
            System.getLogger(Connections.class.getName()).log(System.Logger.Level.DEBUG,
                    "side files of " + file + " kept: " + e.getMessage());
        }
    }

    private static SQLiteConfig common() {
        NativeLibraryCache.loadBeforeFirstConnection();
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(Database.BUSY_WAIT_SECONDS * 1000);
        // 64 MiB of page cache (off the Java heap, taken as needed): a 200,000-passage batch touches three
        // indexes in random order, and with the 2 MiB default most of its time goes to evicting pages.
        config.setCacheSize(-65_536);
        return config;
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            System.getLogger(Connections.class.getName()).log(System.Logger.Level.WARNING, "close failed", e);
        }
    }
}
