package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.parallax.model.SqliteSideFile;

/**
 * Whether another program has a project file open. In WAL mode every SQLite connection holds a shared lock on one
 * byte of the {@code -shm} file for as long as it is open (the "dead man switch", offset 128 on Unix and Windows);
 * an exclusive lock on that byte is granted only when no other process holds it. A {@code -shm} left behind by a
 * killed program holds no lock, so it does not count.
 */
final class OpenElsewhere {
    /** SQLite's WIN_SHM_DMS / UNIX_SHM_DMS: (22 + SQLITE_SHM_NLOCK) * 4 + SQLITE_SHM_NLOCK with 8 locks. */
    static final long DEAD_MAN_SWITCH = 128;

    private OpenElsewhere() {
    }

    /**
     * True when another process has {@code project} open. Call it only while this process has no connection to the
     * file: POSIX drops all of a process's locks on a file when any of its handles to it closes. False when it
     * cannot be told (no {@code -shm}, or a place this process may not write to).
     */
    static boolean check(Path project) {
        Path shm = SqliteSideFile.SHM.beside(project);
        if (!Files.isRegularFile(shm)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(shm, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock(DEAD_MAN_SWITCH, 1, false);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
