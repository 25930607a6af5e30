package org.parallax.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.parallax.model.ParallaxException;
import org.sqlite.SQLiteConfig;

/**
 * The project file: one SQLite database in WAL mode with foreign keys on. Writes run on one
 * connection inside {@code BEGIN IMMEDIATE} transactions, one per user action; nested writes join
 * the outer transaction. Reads use a second connection so they never wait for a long write,
 * except inside a write, where they see the write's own changes.
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();

    private Database(Path file, Connection writer, Connection reader) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
    }

    /** Opens a project file, creating it when missing, and migrates its schema to the current version. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new StoreException(absolute + ": is a folder, not a project file");
        }
        Connection writer = null;
        try {
            writer = connect(absolute, false);
            Migrations.migrate(writer, absolute);
            Connection reader = connect(absolute, true);
            return new Database(absolute, writer, reader);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new StoreException(absolute + ": cannot open project (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a committed coding action survives a power cut, not only a crash.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(10_000);
        // 64 MiB of page cache (off the Java heap, taken as needed): a 200,000-passage batch touches three
        // indexes in random order, and with the 2 MiB default most of its time goes to evicting pages.
        config.setCacheSize(-65_536);
        config.setReadOnly(readOnly);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in a write transaction: committed on success, rolled back on any failure. */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            if (writeLock.getHoldCount() > 1) {
                return work.run(writer);
            }
            writer.setAutoCommit(false);
            try {
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(file.getFileName() + ": database error (" + e.getMessage() + ")", e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs a read; inside a write on this thread it sees that write's uncommitted changes. */
    public <T> T read(SqlWork<T> work) {
        boolean inWrite = writeLock.isHeldByCurrentThread();
        ReentrantLock lock = inWrite ? writeLock : readLock;
        lock.lock();
        try {
            return work.run(inWrite ? writer : reader);
        } catch (SQLException e) {
            throw new StoreException(file.getFileName() + ": database error (" + e.getMessage() + ")", e);
        } finally {
            lock.unlock();
        }
    }

    /** The schema version stored in {@code PRAGMA user_version}. */
    public int schemaVersion() {
        return read(Migrations::version);
    }

    /** Runs {@code PRAGMA integrity_check}; returns "ok" for a sound file, else SQLite's findings. */
    public String integrityCheck() {
        return read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check")) {
                StringBuilder out = new StringBuilder();
                while (rs.next()) {
                    out.append(out.isEmpty() ? "" : "\n").append(rs.getString(1));
                }
                return out.toString();
            }
        });
    }

    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            closeQuietly(reader);
            try (var st = writer.createStatement()) {
                // Fold the WAL back into the main file so a closed project is a single file.
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (SQLException e) {
                System.getLogger(Database.class.getName()).log(System.Logger.Level.WARNING, "checkpoint failed", e);
            }
            closeQuietly(writer);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            System.getLogger(Database.class.getName()).log(System.Logger.Level.WARNING, "close failed", e);
        }
    }

    static ParallaxException newerSchema(Path file, int found, int supported) {
        return new StoreException(file.getFileName() + ": project was written by a newer Parallax (schema "
                + found + ", this version reads up to " + supported + ")");
    }
}
