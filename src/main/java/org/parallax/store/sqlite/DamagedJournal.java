package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.SqliteSideFile;

/**
 * Finds saves that SQLite would drop without a word from a project's write-ahead log ({@code NAME-wal}) left by a
 * writer that never folded it into the file (killed, or the power cut). SQLite reads the log up to the first frame
 * whose running checksum fails and takes everything after it for the unfinished end of a crashed save. When that
 * frame carries the log's salts and sound frames with a commit mark follow it, the log was damaged after it was
 * written (a flipped bit), and those saves exist on disk but cannot be read. The log is damaged only if the pages of
 * those saves differ from what SQLite shows instead: saves already folded into the file lose nothing (see
 * docs/decisions/0023-damaged-journal.md).
 */
final class DamagedJournal {
    private DamagedJournal() {
    }

    /**
     * What was found: where the log is damaged and how many saves after that point SQLite drops; -1 for a log cut
     * short ({@link CutJournal}), whose lost saves cannot be counted.
     */
    record Finding(Path log, long offset, int lostSaves, long crc) {
    }

    /** The damage in the log beside {@code file}, read in one pass; empty when SQLite reads all it holds. */
    static Optional<Finding> find(Path file) throws IOException {
        Path log = SqliteSideFile.WAL.beside(file);
        try (FileChannel wal = FileChannel.open(log, StandardOpenOption.READ)) {
            if (wal.size() <= JournalFrames.HEADER_BYTES) {
                return Optional.empty();
            }
            Optional<JournalFrames> read = JournalFrames.read(wal, filePageSize(file));
            if (read.isEmpty()) {
                return Optional.empty();
            }
            JournalFrames frames = read.get();
            int unread = frames.firstUnread();
            int lastSave = lastSoundCommit(frames, unread);
            if (unread == frames.count || !frames.ofThisLog(unread) || lastSave < 0) {
                // All read, a frame of an earlier round of the log, or a cut end: nothing saved is dropped.
                return Optional.empty();
            }
            int lastRead = lastCommitBefore(frames, unread);
            if (!changesWhatIsShown(file, wal, frames, lastRead, lastSave)) {
                return Optional.empty();
            }
            int saves = 0;
            for (int i = lastRead + 1; i <= lastSave; i++) {
                saves += frames.commit(i) && frames.ofThisLog(i) ? 1 : 0;
            }
            return Optional.of(new Finding(log, frames.damageOffset(unread), saves, frames.crc));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** The page size the project file's header names (SQLite's default where the file is too short to say). */
    private static int filePageSize(Path file) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(2);
        try (FileChannel project = FileChannel.open(file, StandardOpenOption.READ)) {
            if (JournalFrames.readFully(project, header, 16) < 2) {
                return 4096;
            }
        }
        int size = header.getShort(0) & 0xffff;
        return size == 1 ? 65536 : size;
    }

    /** The last frame after {@code unread} that ends a save and is sound on its own; -1 when there is none. */
    private static int lastSoundCommit(JournalFrames frames, int unread) {
        for (int i = frames.count - 1; i > unread; i--) {
            if (frames.soundAlone(i) && frames.commit(i)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastCommitBefore(JournalFrames frames, int unread) {
        for (int i = unread - 1; i >= 0; i--) {
            if (frames.commit(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether any page as the dropped saves left it differs from the page SQLite shows: its newest frame up to
     * {@code lastRead}, else the project file's page. A frame that is not sound on its own is compared through its
     * checksum, since its bytes are what was damaged.
     */
    private static boolean changesWhatIsShown(Path file, FileChannel wal, JournalFrames frames, int lastRead,
            int lastSave) throws IOException {
        Map<Integer, Integer> newestDropped = newestFrames(frames, lastRead + 1, lastSave);
        Map<Integer, Integer> newestShown = newestFrames(frames, 0, lastRead);
        ByteBuffer shown = ByteBuffer.allocate(frames.pageSize);
        ByteBuffer dropped = ByteBuffer.allocate(JournalFrames.FRAME_HEADER_BYTES + frames.pageSize);
        try (FileChannel project = FileChannel.open(file, StandardOpenOption.READ)) {
            for (Map.Entry<Integer, Integer> e : newestDropped.entrySet()) {
                int page = e.getKey();
                int frame = e.getValue();
                Integer shownFrame = newestShown.get(page);
                int got = shownFrame != null
                        ? JournalFrames.readFully(wal, shown, frames.offset(shownFrame) + JournalFrames.FRAME_HEADER_BYTES)
                        : JournalFrames.readFully(project, shown, (long) (page - 1) * frames.pageSize);
                JournalFrames.readFully(wal, dropped, frames.offset(frame));
                if (got < frames.pageSize || !sameAs(frames, frame, dropped.array(), shown.array())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameAs(JournalFrames frames, int frame, byte[] droppedFrame, byte[] shownPage) {
        if (frames.soundAlone(frame)) {
            return Arrays.equals(droppedFrame, JournalFrames.FRAME_HEADER_BYTES, droppedFrame.length, shownPage, 0,
                    shownPage.length);
        }
        return frames.checksumMatches(frame, Arrays.copyOf(droppedFrame, 8), shownPage);
    }

    /** Page number to its newest frame among frames {@code from} to {@code to} of this log. */
    private static Map<Integer, Integer> newestFrames(JournalFrames frames, int from, int to) {
        Map<Integer, Integer> newest = new HashMap<>();
        for (int i = Math.max(from, 0); i <= to; i++) {
            if (frames.ofThisLog(i)) {
                newest.put(frames.page(i), i);
            }
        }
        return newest;
    }
}
