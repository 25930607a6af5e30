package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import org.parallax.model.SqliteSideFile;

/**
 * Finds a project's write-ahead log ({@code NAME-wal}) cut short after its saves were made: by a copy that stopped,
 * a sync client, a file system repaired after a crash. SQLite reads such a log up to its last whole save and takes
 * the rest for the unfinished end of a crashed save, so the saves that were cut off went without a word. The shared
 * memory a killed writer leaves beside it ({@code NAME-shm}) tells them apart: its index header holds the frame the
 * last finished save ended at ({@code mxFrame}, written only after the save's frames were written), and its
 * checkpoint record how many frames were folded into the file ({@code nBackfill}). A log ending before that frame,
 * with saves not yet folded in, lost saves. A save cut short by a crash never reached the header, so it is not
 * counted (https://www.sqlite.org/walformat.html).
 */
final class CutJournal {
    private static final int INDEX_HEADER_BYTES = 48;
    private static final int BACKFILL_OFFSET = 2 * INDEX_HEADER_BYTES;
    private static final int VERSION = 3007000;

    private CutJournal() {
    }

    /**
     * The cut in the log beside {@code file}; empty when the log runs to its last save, or the shared memory cannot
     * tell. The first open after the cut rewrites the shared memory as SQLite recovers the log, so a log once found
     * cut is known again by the copy kept of it ({@link KeptJournal}, named by the log's CRC-32).
     */
    static Optional<DamagedJournal.Finding> find(Path file) throws IOException {
        Path log = SqliteSideFile.WAL.beside(file);
        try (FileChannel wal = FileChannel.open(log, StandardOpenOption.READ)) {
            if (keptBefore(file, log, wal) || cutBeforeLastSave(file, wal)) {
                return Optional.of(new DamagedJournal.Finding(log, wal.size(), -1, crc(wal)));
            }
            return Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static boolean keptBefore(Path file, Path log, FileChannel wal) throws IOException {
        Path folder = KeptJournal.folder(file);
        String prefix = log.getFileName() + ".";
        try (var kept = Files.list(folder)) {
            if (kept.noneMatch(f -> f.getFileName().toString().startsWith(prefix))) {
                return false;
            }
        } catch (NoSuchFileException | java.nio.file.NotDirectoryException e) {
            return false;
        }
        return Files.isRegularFile(KeptJournal.copyOf(file, log, crc(wal)));
    }

    /**
     * Whether the log ends before the frame the shared memory says the last save ended at, with saves not folded into
     * the file. Read only while this process has no connection to the file: closing a handle to the shared memory
     * drops this process's locks on it (POSIX).
     */
    private static boolean cutBeforeLastSave(Path file, FileChannel wal) throws IOException {
        Path shm = SqliteSideFile.SHM.beside(file);
        if (Database.openHere(file) || !Files.isRegularFile(shm)) {
            return false;
        }
        // The shared memory first: a writer elsewhere updates it only after the frames it names are in the log.
        ByteBuffer index = ByteBuffer.allocate(BACKFILL_OFFSET + 4).order(ByteOrder.nativeOrder());
        try (FileChannel channel = FileChannel.open(shm, StandardOpenOption.READ)) {
            if (JournalFrames.readFully(channel, index, 0) < index.capacity() || !soundIndexHeader(index)) {
                return false;
            }
        } catch (NoSuchFileException e) {
            return false;
        }
        ByteBuffer header = ByteBuffer.allocate(JournalFrames.HEADER_BYTES).order(ByteOrder.BIG_ENDIAN);
        if (JournalFrames.readFully(wal, header, 0) < JournalFrames.HEADER_BYTES
                || !Arrays.equals(header.array(), 16, 24, index.array(), 32, 40)) {
            // No header left, or the log started over since: the shared memory speaks of another round.
            return false;
        }
        long frameBytes = JournalFrames.FRAME_HEADER_BYTES + (long) header.getInt(8);
        long lastSave = Integer.toUnsignedLong(index.getInt(16));
        long folded = Integer.toUnsignedLong(index.getInt(BACKFILL_OFFSET));
        long whole = (wal.size() - JournalFrames.HEADER_BYTES) / frameBytes;
        return whole < lastSave && folded < lastSave;
    }

    /** Both copies of the index header alike, marked written, of SQLite's version, and passing their checksum. */
    private static boolean soundIndexHeader(ByteBuffer index) {
        byte[] bytes = index.array();
        if (!Arrays.equals(bytes, 0, INDEX_HEADER_BYTES, bytes, INDEX_HEADER_BYTES, 2 * INDEX_HEADER_BYTES)
                || index.getInt(0) != VERSION || bytes[12] != 1) {
            return false;
        }
        int s0 = 0;
        int s1 = 0;
        for (int i = 0; i < 40; i += 8) {
            s0 += index.getInt(i) + s1;
            s1 += index.getInt(i + 4) + s0;
        }
        return s0 == index.getInt(40) && s1 == index.getInt(44);
    }

    private static long crc(FileChannel wal) throws IOException {
        CRC32 crc = new CRC32();
        ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
        for (long position = 0; position < wal.size(); position += chunk.position()) {
            if (JournalFrames.readFully(wal, chunk, position) == 0) {
                break;
            }
            crc.update(chunk.array(), 0, chunk.position());
        }
        return crc.getValue();
    }
}
