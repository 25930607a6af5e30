package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Optional;
import org.parallax.model.DiskFullException;
import org.parallax.model.ParallaxException;
import org.parallax.store.ProjectBusyException;
import org.parallax.store.StoreException;
import org.parallax.store.UnreadablePageException;
import org.parallax.store.UnreadableValueException;
import org.parallax.store.WritesRefusedException;
import org.sqlite.SQLiteException;

/**
 * Turns SQLite's failures into sentences a researcher can act on; the raw message and trace go to the log
 * only. A refused write has been rolled back, so every message can promise that nothing was changed.
 */
final class SqlFailures {
    private static final System.Logger LOG = System.getLogger(SqlFailures.class.getName());
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int CORRUPT = 11;
    private static final int IOERR = 10;
    private static final int FULL = 13;
    private static final int NOTADB = 26;
    /** Less room than this beside the project counts as a full disk when SQLite reports an I/O error. */
    private static final long NEARLY_FULL = 1L << 20;

    private SqlFailures() {
    }

    static ParallaxException translate(Path file, SQLException e) {
        LOG.log(System.Logger.Level.WARNING, file + ": " + e.getMessage(), e);
        String name = file.getFileName().toString();
        int code = e instanceof SQLiteException s ? s.getResultCode().code & 0xff : e.getErrorCode() & 0xff;
        if (busy(e)) {
            return new ProjectBusyException(name + ": another program is writing to this project (a second Parallax "
                    + "window or a command such as an import) and did not finish within "
                    + Database.BUSY_WAIT_SECONDS + " s; nothing was changed, try again when it has finished", e);
        }
        if (code == FULL || DiskFullException.causedBy(e)) {
            return new DiskFullException(name + ": the disk is full; nothing of this change was saved", e);
        }
        if (damaged(e)) {
            // A page SQLite cannot read: no retry helps, only the check (which names the damage) or a backup.
            String damaged = name + " is damaged: SQLite cannot read part of it; nothing was changed. ";
            return new UnreadablePageException(damaged + "See what is damaged with: parallax check " + file
                    + "; restore a backup with: parallax restore " + file, damaged + RESTORE_IN_THE_WINDOW, e);
        }
        if (diskRefusesWrites(file, e)) {
            return new WritesRefusedException(name + ": " + DISK_REFUSES_WRITES + "; this change was not saved", e);
        }
        return new StoreException(name + ": database error (" + e.getMessage() + ")", e);
    }

    /** SQLite's "corrupt" or "not a database": a page of the file that SQLite cannot read. */
    static boolean damaged(SQLException e) {
        int code = e instanceof SQLiteException s ? s.getResultCode().code & 0xff : e.getErrorCode() & 0xff;
        return code == CORRUPT || code == NOTADB;
    }

    /** SQLite's "busy" or "locked": another connection holds the lock this one waited for in vain. */
    static boolean busy(SQLException e) {
        int code = e instanceof SQLiteException s ? s.getResultCode().code & 0xff : e.getErrorCode() & 0xff;
        return code == BUSY || code == LOCKED;
    }

    /**
     * Opening needed to write (an older project's upgrade, a journal to fold in) while another program held the
     * project's write lock past the wait: said in words, where SQLite's "[SQLITE_BUSY] The database file is locked"
     * was shown, and as the failure the window offers to open the project read-only for.
     */
    static ProjectBusyException busyOnOpening(Path file, SQLException e) {
        LOG.log(System.Logger.Level.WARNING, file + ": " + e.getMessage(), e);
        return new ProjectBusyException(file.getFileName() + ": another program is writing to this project (a second "
                + "Parallax window or a command such as an import) and did not finish within "
                + Database.BUSY_WAIT_SECONDS + " s, so it cannot be opened for writing now; nothing was changed", e);
    }

    /**
     * The way back from damage as the window says it: it has File → Restore from backup… (and the banner's button),
     * where the command line's sentence sent a researcher in the window to type {@code parallax restore}.
     */
    private static final String RESTORE_IN_THE_WINDOW = "The way back is a backup that passes the check: File → "
            + "Restore from backup… lists them.";
    /** Why a project on a disk that refuses every write is open read-only; also the start of a refused write's line. */
    static final String DISK_REFUSES_WRITES = "the disk holding the project refuses to be written (it was removed, "
            + "or it turned read-only after a disk error); what was saved before can still be read";

    /**
     * SQLite's "read-only" or "I/O error" where no test short of a write shows the disk read-only: a disk the kernel
     * turned read-only after an error (errors=remount-ro), a removed stick, a share gone away. A full disk is said
     * as such instead.
     */
    static boolean diskRefusesWrites(Path file, SQLException e) {
        if (!(e instanceof SQLiteException s)) {
            return false;
        }
        String code = s.getResultCode().name();
        return (code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_IOERR")) && !diskFull(file, e);
    }

    /**
     * Why SQLite found a project "locked" that no program holds: the file system of its folder refuses every lock (a
     * network share mounted without a lock service says "No locks available"), and SQLite waited in vain. Asked of a
     * probe file beside the project after such a failure only, so an ordinary open writes no probe and the project's
     * own locks are never touched. Empty when locks work there, or when the folder takes no probe.
     */
    static Optional<String> locksRefused(Path file, SQLException e) {
        int code = e instanceof SQLiteException s ? s.getResultCode().code & 0xff : -1;
        if (code != BUSY && code != LOCKED && code != IOERR) {
            return Optional.empty();
        }
        Path probe = file.resolveSibling("." + file.getFileName() + ".lock-probe-" + ProcessHandle.current().pid());
        try (FileChannel channel = FileChannel.open(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE)) {
            try {
                channel.tryLock().release();
                return Optional.empty();
            } catch (IOException refused) {
                LOG.log(System.Logger.Level.WARNING, file + ": the folder refuses file locks", refused);
                return Optional.of(file.getFileName() + ": the folder it is in refuses file locks ("
                        + refused.getMessage() + "), which SQLite needs to keep a project whole while it is written (a "
                        + "network share mounted without locking?); keep the project in a folder on this computer's own "
                        + "disk and work on it there (nothing was changed)");
            }
        } catch (IOException | RuntimeException noProbe) {
            return Optional.empty();
        }
    }

    /**
     * A value read from the file that is not what Parallax writes there (a time with a changed digit, a type no
     * version knows): SQLite's checks pass such a row, so only reading it shows the damage. Said as damage, like a
     * page SQLite cannot read, instead of as the parser's exception.
     */
    static StoreException unreadableValue(Path file, UnreadableValueException e) {
        LOG.log(System.Logger.Level.WARNING, file + ": a stored value cannot be read", e);
        String damaged = file.getFileName() + " is damaged: " + e.getMessage() + "; nothing was changed. ";
        return new StoreException(damaged + "See what is damaged with: parallax check " + file
                + "; restore a backup with: parallax restore " + file, damaged + RESTORE_IN_THE_WINDOW, e);
    }

    /**
     * SQLite's "disk full", or one of its I/O errors on a disk with (almost) no room left: opening a project whose
     * shared-memory file must first be made fails with SQLITE_IOERR_SHMSIZE, never with SQLITE_FULL.
     */
    static boolean diskFull(Path file, SQLException e) {
        if (DiskFullException.causedBy(e)) {
            return true;
        }
        if (!(e instanceof SQLiteException s) || !s.getResultCode().name().startsWith("SQLITE_IOERR")) {
            return false;
        }
        try {
            return Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace() < NEARLY_FULL;
        } catch (IOException | RuntimeException unknown) {
            return false;
        }
    }
}
