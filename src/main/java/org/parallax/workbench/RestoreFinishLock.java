package org.parallax.workbench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One restore at a time, and one finisher at a time for a restore a killed process left waiting: two programs opening
 * the project at the same moment both found the waiting copy, and the later one deleted the journal the earlier one
 * had just begun writing into the restored file. A program that opens the project while a restore holds the lock
 * refuses to go on ({@link #underWay}): the restore would replace the file under it. The lock is the operating system's lock on a hidden file beside the project
 * ({@code .NAME.restore-lock}), which a killed holder lets go of with its process; the holder removes the file when
 * it is done. A program that was waiting on a file removed meanwhile finds that the name no longer leads to the file
 * it locked and tries again on the file the name leads to now; a file a killed holder left in place is taken over as
 * it is, whatever is written in it.
 */
final class RestoreFinishLock implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RestoreFinishLock.class.getName());
    /** The operating system's file locks are per process: threads of one process take turns here first. */
    private static final ReentrantLock IN_THIS_PROCESS = new ReentrantLock();

    private final Path file;
    private final FileChannel channel;
    /**
     * A second handle on the locked file, the one that proved the name still leads to it. It stays open until the
     * lock is let go of: closing any handle of a file drops every lock the process holds on it (POSIX).
     */
    private final FileChannel named;

    private RestoreFinishLock(Path file, FileChannel channel, FileChannel named) {
        this.file = file;
        this.channel = channel;
        this.named = named;
    }

    /** Waits until no other program or thread is restoring {@code project} or finishing a restore of it. */
    static RestoreFinishLock take(Path project) throws IOException {
        Path file = fileOf(project);
        IN_THIS_PROCESS.lock();
        try {
            while (true) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileChannel named = null;
                try {
                    channel.lock();
                    named = handleIfStillNamed(file);
                    if (named != null) {
                        Restore.stepDone.accept("restore lock taken");
                        return new RestoreFinishLock(file, channel, named);
                    }
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                channel.close();
            }
        } catch (IOException | RuntimeException e) {
            IN_THIS_PROCESS.unlock();
            throw e;
        }
    }

    /**
     * Whether another program, or another thread of this one, is restoring {@code project} (or finishing a restore
     * of it) now. Asked by a program that has just opened the project: a restore that took the lock before checks
     * that no program has the project open, so one of the two always sees the other.
     */
    static boolean underWay(Path project) {
        if (IN_THIS_PROCESS.isHeldByCurrentThread()) {
            return false;
        }
        if (!IN_THIS_PROCESS.tryLock()) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(fileOf(project), StandardOpenOption.READ)) {
            // Shared, so that it can be asked in a folder that may not be written; the holder's lock is exclusive.
            FileLock free = channel.tryLock(0, Long.MAX_VALUE, true);
            if (free == null) {
                return true;
            }
            free.release();
            return false;
        } catch (IOException e) {
            // No lock file (none is under way), or one that cannot be read: no restore could take it either.
            return false;
        } finally {
            IN_THIS_PROCESS.unlock();
        }
    }

    /**
     * Waits until no restore of {@code project} is {@link #underWay}, or until {@code deadline} ({@link System#nanoTime}
     * units); returns whether it ended. The holder's lock is asked again every 50 ms rather than waited on, so that the
     * wait stays bounded.
     */
    static boolean awaitEnd(Path project, long deadline) {
        LOG.log(System.Logger.Level.INFO, "Waiting for the restore of " + project + " in another program to finish");
        Restore.stepDone.accept("waiting for a restore");
        while (underWay(project)) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static Path fileOf(Path project) {
        return project.resolveSibling("." + project.getFileName() + ".restore-lock");
    }

    /**
     * A new handle on what {@code file} names now, when that is the file this process has just locked (this Java
     * machine refuses a second lock on the very same file), else null: the holder before removed it.
     */
    private static FileChannel handleIfStillNamed(Path file) throws IOException {
        FileChannel again;
        try {
            again = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            return null;
        }
        try {
            FileLock other = again.tryLock();
            if (other != null) {
                other.release();
            }
            again.close();
            return null;
        } catch (OverlappingFileLockException e) {
            return again;
        } catch (IOException | RuntimeException e) {
            again.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            Restore.stepDone.accept("restore lock releasing");
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A file left in place does no harm: the next taker locks it as it finds it.
            LOG.log(System.Logger.Level.WARNING, "cannot remove " + file + " (it is used again next time)", e);
        } finally {
            closeQuietly(named);
            closeQuietly(channel);
            IN_THIS_PROCESS.unlock();
        }
    }

    private void closeQuietly(FileChannel handle) {
        try {
            handle.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot close " + file, e);
        }
    }
}
