package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * One version of a file being imported, read once into memory, so that every reader of the import parses the same
 * bytes. A file another program writes while it is read (a transcript still being exported, a download, a synced
 * folder) was stored cut in the middle of a write: its size, modification time and identity are compared before and
 * after the read, and when they differ a second read must give the same bytes, or the file is refused in one line.
 * Size and time tell nothing of a save made within the same tick of the file system's clock as the one before it, so
 * a file written within a tick before it is read is read again once the tick has passed, and the two reads compared.
 * Where the system keeps it (Linux, macOS), the time of the file's last change (ctime) is compared as well: it moves on
 * every write and no program can set it back, whereas a sync tool that rewrites a file in place gives it the
 * original's time afterwards, leaving size and time as they were.
 */
final class FileSnapshot {
    static final String CHANGED = "changed while it was imported, import again";
    /** How long ago a file must have been written for a read of it to be taken as whole without a second look. */
    static final long QUIET_MILLIS = 200;
    private static final long PAGE_BYTES = 4096;
    /** The longest tick of the clocks Linux and Windows stamp files with. */
    private static final long FINE_TICK_MILLIS = 20;
    /** A test hook: called with the file once its first read is done, before the file is looked at again. */
    static volatile java.util.function.Consumer<Path> firstReadDone = file -> { };

    private FileSnapshot() {
    }

    /** The file's bytes, one version whole; at most {@code maxBytes} of them, as {@link ImportLimits} allow. */
    static byte[] read(Path file, long maxBytes) {
        long started = System.currentTimeMillis();
        Stamp before = Stamp.of(file);
        byte[] first = bounded(file, maxBytes);
        firstReadDone.accept(file);
        if (heldStill(file, before, first.length) && !writtenWithinATick(before, started)) {
            return first;
        }
        // Touched, changed, or written so lately that a save during the read could have left size and time as they
        // were: the same bytes read again from a file that holds still, once its clock has moved on, are one version.
        byte[] digest = sha256(first);
        first = null;
        waitForTheClock(file, before, started);
        Stamp again = Stamp.of(file);
        byte[] second = bounded(file, maxBytes);
        if (heldStill(file, again, second.length) && Arrays.equals(digest, sha256(second))) {
            return second;
        }
        throw new ImportException(file, CHANGED);
    }

    /**
     * The tick of the clock that wrote {@code modifiedNanos}, as far as the time itself tells: FAT writes even
     * seconds, HFS+, ext3 and many network drives whole seconds; the clocks Linux and Windows stamp files with
     * advance every 1 to 16 ms.
     */
    static long tickMillis(long modifiedNanos) {
        if (modifiedNanos % 2_000_000_000L == 0) {
            return 2000;
        }
        return modifiedNanos % 1_000_000_000L == 0 ? 1000 : FINE_TICK_MILLIS;
    }

    /**
     * Whether a save made after {@code started} could still carry the time {@code stamp} shows (or an earlier one). A
     * write stamps the file's time as it starts, rounded down to the clock's tick: a save begun in the last moment of
     * a whole second and held up into the next carries the earlier second's time (once in a whole test run on a busy
     * computer, the start of one version was read with the end of the one before and kept), so a coarse tick is
     * stretched by a moment. The change time, kept finely where the system has it, tells that the file was written a
     * moment ago whatever its time was set to.
     */
    private static boolean writtenWithinATick(Stamp stamp, long started) {
        long tick = tickMillis(stamp.modifiedNanos());
        long heldUp = tick >= 1000 ? QUIET_MILLIS : 0;
        return started - stamp.modifiedNanos() / 1_000_000 < tick + heldUp
                || started - stamp.changedNanos() / 1_000_000 < FINE_TICK_MILLIS;
    }

    /** How long after a change a second read comes: a moment on a clock of whole seconds, a fine tick otherwise. */
    private static long settleMillis(long tick) {
        return tick >= 1000 ? QUIET_MILLIS : tick;
    }

    /**
     * Waits until a save would change the file's time, and past the start of the read or the file's last change,
     * whichever came later, by a moment on a clock of whole seconds (a fine tick otherwise), so that a writer held up in
     * the middle of a save has had the time to go on. A time in the future waits one tick and a moment, no longer.
     */
    private static void waitForTheClock(Path file, Stamp stamp, long started) {
        long tick = tickMillis(stamp.modifiedNanos());
        long changed = Math.max(started, stamp.changedNanos() / 1_000_000);
        long until = Math.max(stamp.modifiedNanos() / 1_000_000 + tick, changed + settleMillis(tick));
        sleep(file, Math.min(tick + QUIET_MILLIS, until - System.currentTimeMillis()));
    }

    private static void sleep(Path file, long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(file, "import cancelled");
        }
    }

    /**
     * Whether the file is still as {@code before} after a read of {@code length} bytes. A writer held up in the middle
     * of one write (a busy computer) has set the file's time at the write's start and its size as far as the system
     * has copied, whole pages of 4 KB (or a multiple): a read then saw the write half done, which size and time alone
     * did not tell (1 read in 40 with a writer appending 8 KB chunks). So a file of whole pages written in the last
     * moments is looked at again a moment later; any other file costs nothing more.
     */
    private static boolean heldStill(Path file, Stamp before, int length) {
        Stamp after = Stamp.of(file);
        if (!after.equals(before) || length != after.size()) {
            return false;
        }
        long age = System.currentTimeMillis() - after.modifiedNanos() / 1_000_000;
        if (age >= QUIET_MILLIS || after.size() % PAGE_BYTES != 0) {
            return true;
        }
        // A time in the future (another computer's clock on a network drive) waits the whole moment, no longer.
        sleep(file, age < 0 ? QUIET_MILLIS : QUIET_MILLIS - age);
        return Stamp.of(file).equals(after);
    }

    /** At most {@code maxBytes + 1} bytes: a file growing past the limit as it is read has changed. */
    private static byte[] bounded(Path file, long maxBytes) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ImportException(file, CHANGED);
            }
            return bytes;
        } catch (IOException e) {
            throw new ImportException(file, "cannot read file (" + Causes.brief(e) + ")", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /**
     * What the file system says of a file's version: its size, when it was last written, when it last changed (its
     * write time where the system keeps no change time), and which file it is.
     */
    private record Stamp(long size, long modifiedNanos, long changedNanos, Object key) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                return new Stamp(a.size(), modified, changed(file, modified), a.fileKey());
            } catch (IOException e) {
                throw new ImportException(file, "cannot read file (" + Causes.brief(e) + ")", e);
            }
        }

        private static long changed(Path file, long modified) throws IOException {
            if (!file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
                return modified;
            }
            return ((FileTime) Files.getAttribute(file, "unix:ctime")).to(TimeUnit.NANOSECONDS);
        }

    }
}
