package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.parallax.model.SqliteSideFile;

/**
 * The journal ({@code NAME-wal}) and SQLite's index of it ({@code NAME-shm}) left in a folder whose project file was
 * moved or deleted while open. SQLite keeps them on closing a file that moved (its log could belong to the file), so
 * an empty {@code -wal} and a 32 KB {@code -shm} stayed behind for good. Once this process has folded the log into the
 * file, wherever it went, and closed its connections, they hold nothing of it and are removed, unless another program
 * still uses them.
 */
final class LeftBehindJournal {
    private static final System.Logger LOG = System.getLogger(LeftBehindJournal.class.getName());
    /**
     * The byte of the {@code -shm} every connection to the database holds a shared lock on while open (SQLite's unix
     * file system layer: {@code UNIX_SHM_DMS}, 120 + 8).
     */
    private static final long IN_USE_BYTE = 128;

    private LeftBehindJournal() {
    }

    /**
     * Removes the side files of {@code file} when the file is no longer there, the {@code -wal} is the one this process
     * wrote ({@code wal}), empty (folded in), and no program holds the {@code -shm}.
     */
    static void removeIfLeft(Path file, FileIdentity wal) {
        Path log = SqliteSideFile.WAL.beside(file);
        Path shm = SqliteSideFile.SHM.beside(file);
        try {
            if (!FileIdentity.of(file).absent() || wal.absent() || !FileIdentity.of(log).sameAs(wal)
                    || Files.size(log) != 0 || inUse(shm)) {
                return;
            }
            Files.deleteIfExists(log);
            Files.deleteIfExists(shm);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove the journal left by " + file + ", moved away: "
                    + e.getMessage());
        }
    }

    private static boolean inUse(Path shm) throws IOException {
        if (!Files.exists(shm)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(shm, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock(IN_USE_BYTE, 1, false)) {
            return lock == null;
        }
    }
}
