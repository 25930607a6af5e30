package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The frames of an SQLite write-ahead log ({@code NAME-wal}) as SQLite's recovery reads them
 * (https://www.sqlite.org/fileformat.html#the_write_ahead_log), read in one pass with one frame in memory.
 * Besides SQLite's verdict (every frame up to the first that fails the running checksum) it keeps, for each frame,
 * whether it is sound on its own, seeded with the checksum the frame before it stored: that tells a flipped bit in
 * the middle of the log, after which sound frames follow, from a log whose last save was cut short.
 */
final class JournalFrames {
    static final int HEADER_BYTES = 32;
    static final int FRAME_HEADER_BYTES = 24;
    private static final int MAGIC = 0x377f0682;
    private static final int VERSION = 3007000;

    final int pageSize;
    private int salt1;
    private int salt2;
    private final int[] headerChecksum;
    private final boolean bigEndianChecksums;
    int count;
    private int[] pages = new int[64];
    private int[] commits = new int[64];
    private int[] checksums = new int[128];
    private boolean[] soundAlone = new boolean[64];
    private boolean[] ofThisLog = new boolean[64];
    /** Whether the header passes its own checksum: SQLite reads no frame of a log whose header fails it. */
    private boolean headerSound;
    /** The CRC-32 of every byte read: names a kept copy of the log, so the same log is kept once. */
    long crc;

    private JournalFrames(ByteBuffer header, int pageSize, boolean bigEndianChecksums) {
        header.order(ByteOrder.BIG_ENDIAN);
        this.bigEndianChecksums = bigEndianChecksums;
        this.pageSize = pageSize;
        salt1 = header.getInt(16);
        salt2 = header.getInt(20);
        headerChecksum = new int[] {header.getInt(24), header.getInt(28)};
    }

    /**
     * Reads the log through {@code channel}; empty when it is no log at all (too short, or neither its header nor
     * its first frame read as a log's). {@code filePageSize} is the project file's page size: a header whose magic,
     * version or page size was damaged is no log SQLite reads, yet its frames still hold saves.
     */
    static Optional<JournalFrames> read(FileChannel channel, int filePageSize) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        if (readFully(channel, header, 0) < HEADER_BYTES) {
            return Optional.empty();
        }
        header.order(ByteOrder.BIG_ENDIAN);
        int magic = header.getInt(0);
        boolean identified = (magic & ~1) == MAGIC && header.getInt(4) == VERSION && isPageSize(header.getInt(8));
        JournalFrames frames = identified ? new JournalFrames(header, header.getInt(8), (magic & 1) == 1) : null;
        if (frames != null) {
            int[] sum = frames.checksum(new int[2], header.array(), 0, 24);
            // SQLite then reads no frame at all; the frames still tell whether saves are in them.
            frames.headerSound = sum[0] == frames.headerChecksum[0] && sum[1] == frames.headerChecksum[1];
        }
        if (frames == null || !frames.headerSound) {
            JournalFrames chained = chainedFromHeader(channel, header, identified ? header.getInt(8) : filePageSize,
                    (magic & 1) == 1);
            if (chained != null) {
                frames = chained;
            }
        }
        if (frames == null) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(header.array());
        frames.readFrames(channel, crc);
        frames.crc = crc.getValue();
        return Optional.of(frames);
    }

    /**
     * For a header SQLite refuses: the page size and checksum byte order under which the first frame's checksum
     * follows from the checksum the header stored (a flip in the magic's last bit swaps the order), else null.
     */
    private static JournalFrames chainedFromHeader(FileChannel channel, ByteBuffer header, int pageSize,
            boolean bigEndian) throws IOException {
        if (!isPageSize(pageSize)) {
            return null;
        }
        ByteBuffer first = ByteBuffer.allocate(FRAME_HEADER_BYTES + pageSize).order(ByteOrder.BIG_ENDIAN);
        if (readFully(channel, first, HEADER_BYTES) < first.capacity()) {
            return null;
        }
        for (boolean order : new boolean[] {bigEndian, !bigEndian}) {
            JournalFrames frames = new JournalFrames(header, pageSize, order);
            int[] stored = {first.getInt(16), first.getInt(20)};
            if (Arrays.equals(stored, frames.frameChecksum(frames.headerChecksum, first.array(), first.array(),
                    FRAME_HEADER_BYTES))) {
                return frames;
            }
        }
        return null;
    }

    private static boolean isPageSize(int pageSize) {
        return pageSize >= 512 && pageSize <= 65536 && Integer.bitCount(pageSize) == 1;
    }

    private void readFrames(FileChannel channel, CRC32 crc) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(FRAME_HEADER_BYTES + pageSize).order(ByteOrder.BIG_ENDIAN);
        int[] seed = headerChecksum;
        long position = HEADER_BYTES;
        while (readFully(channel, frame, position) == frame.capacity()) {
            crc.update(frame.array());
            grow();
            int[] stored = {frame.getInt(16), frame.getInt(20)};
            pages[count] = frame.getInt(0);
            commits[count] = frame.getInt(4);
            checksums[2 * count] = stored[0];
            checksums[2 * count + 1] = stored[1];
            if (count == 0 && !headerSound) {
                // The header's salts may be what was damaged: the first frame's are the log's then.
                salt1 = frame.getInt(8);
                salt2 = frame.getInt(12);
            }
            boolean chained = Arrays.equals(stored,
                    frameChecksum(seed, frame.array(), frame.array(), FRAME_HEADER_BYTES));
            boolean salted = frame.getInt(8) == salt1 && frame.getInt(12) == salt2;
            // A frame of an earlier round has other salts and does not follow from this round's checksums.
            ofThisLog[count] = salted || chained;
            soundAlone[count] = salted && chained && pages[count] != 0;
            seed = stored;
            count++;
            position += frame.capacity();
        }
    }

    /** The index of the first frame SQLite's recovery stops at, or {@link #count} when it reads them all. */
    int firstUnread() {
        if (!headerSound) {
            return 0;
        }
        for (int i = 0; i < count; i++) {
            if (!soundAlone[i]) {
                return i;
            }
        }
        return count;
    }

    int page(int frame) {
        return pages[frame];
    }

    boolean commit(int frame) {
        return commits[frame] != 0;
    }

    /** Sound on its own: this log's salts and a checksum that follows from the checksum stored before it. */
    boolean soundAlone(int frame) {
        return soundAlone[frame];
    }

    /**
     * Written since the log last started over, not left from an earlier round: it carries this log's salts, or its
     * checksum follows from the frame before it (its salts are what was damaged).
     */
    boolean ofThisLog(int frame) {
        return ofThisLog[frame];
    }

    /** Where the damage that stops SQLite at frame {@code frame} lies: the frame, or the log's header before it. */
    long damageOffset(int frame) {
        return headerSound ? offset(frame) : 0;
    }

    /** Where frame {@code frame} starts in the log. */
    long offset(int frame) {
        return HEADER_BYTES + (long) frame * (FRAME_HEADER_BYTES + pageSize);
    }

    /**
     * Whether {@code page} is the page frame {@code frame} was written with: the frame's stored checksum, computed
     * from the one before it over the frame's first 8 header bytes ({@code frameHeader}) and {@code page}.
     */
    boolean checksumMatches(int frame, byte[] frameHeader, byte[] page) {
        int[] seed = frame == 0 ? headerChecksum : new int[] {checksums[2 * frame - 2], checksums[2 * frame - 1]};
        int[] sum = frameChecksum(seed, frameHeader, page, 0);
        return sum[0] == checksums[2 * frame] && sum[1] == checksums[2 * frame + 1];
    }

    private int[] frameChecksum(int[] seed, byte[] frameHeader, byte[] page, int pageOffset) {
        int[] sum = checksum(seed.clone(), frameHeader, 0, 8);
        return checksum(sum, page, pageOffset, pageSize);
    }

    /** SQLite's log checksum: two running sums over pairs of 32-bit words, in the byte order the magic names. */
    private int[] checksum(int[] sum, byte[] bytes, int from, int length) {
        ByteBuffer words = ByteBuffer.wrap(bytes, from, length)
                .order(bigEndianChecksums ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int s0 = sum[0];
        int s1 = sum[1];
        for (int i = from; i < from + length; i += 8) {
            s0 += words.getInt(i) + s1;
            s1 += words.getInt(i + 4) + s0;
        }
        sum[0] = s0;
        sum[1] = s1;
        return sum;
    }

    private void grow() {
        if (count == pages.length) {
            int size = pages.length * 2;
            pages = Arrays.copyOf(pages, size);
            commits = Arrays.copyOf(commits, size);
            checksums = Arrays.copyOf(checksums, 2 * size);
            soundAlone = Arrays.copyOf(soundAlone, size);
            ofThisLog = Arrays.copyOf(ofThisLog, size);
        }
    }

    /** Reads into {@code buffer} from {@code position} until it is full or the file ends; returns the bytes read. */
    static int readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        buffer.clear();
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                break;
            }
        }
        return buffer.position();
    }
}
