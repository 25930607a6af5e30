package org.parallax.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * What a zip archive's central directory says, read as a zip reader reads it: from the end record (and zip64's), the
 * directory walked from the offset it gives, entry by entry while each begins with its signature. Counting those
 * signatures anywhere in the bytes counted them inside an entry stored without compression too (an image, an embedded
 * file holding a zip), and a genuine document was refused as holding too many entries.
 *
 * @param entries the entries the walk found, each of which a zip reader builds an object for
 * @param declaredEntries the count the end record gives, which a sound archive's walk finds
 * @param unpackedBytes the sizes the entries declare, unpacked, added up (a hostile archive may lie)
 */
record ZipDirectory(long entries, long declaredEntries, long unpackedBytes) {
    private static final int END = 0x06054b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int ZIP64_LOCATOR = 0x07064b50;
    private static final int ZIP64_LOCATOR_SIZE = 20;
    private static final int ZIP64_END = 0x06064b50;
    private static final int ZIP64_END_SIZE = 56;
    private static final int ENTRY = 0x02014b50;
    private static final int ENTRY_SIZE = 46;
    private static final int ZIP64_EXTRA = 0x0001;
    private static final long UNSET_32 = 0xFFFFFFFFL;

    /** The bytes of an archive, wherever they are: a slice of {@code length} bytes from {@code position}. */
    private interface Bytes {
        long size() throws IOException;

        ByteBuffer at(long position, int length) throws IOException;
    }

    /** Whether the end record's count of entries is the count of entries the walk found. */
    boolean consistent() {
        return entries == declaredEntries;
    }

    /** The directory of the zip archive {@code bytes}, or empty when no end record or directory can be found. */
    static Optional<ZipDirectory> of(byte[] bytes) {
        try {
            return of(new Bytes() {
                @Override
                public long size() {
                    return bytes.length;
                }

                @Override
                public ByteBuffer at(long position, int length) {
                    return ByteBuffer.wrap(bytes, (int) position, length).slice().order(ByteOrder.LITTLE_ENDIAN);
                }
            }, Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // Bytes in memory are never unreadable.
        }
    }

    /**
     * The directory of the zip archive {@code file}, read from its end without reading its entries; empty when it has
     * none, when it cannot be read, or when the directory is larger than {@code maxDirectoryBytes}.
     */
    static Optional<ZipDirectory> of(Path file, int maxDirectoryBytes) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return of(new Bytes() {
                @Override
                public long size() throws IOException {
                    return channel.size();
                }

                @Override
                public ByteBuffer at(long position, int length) throws IOException {
                    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
                    while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) >= 0) {
                        // Reads until the slice is full or the file ends.
                    }
                    return buffer.flip();
                }
            }, maxDirectoryBytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZipDirectory> of(Bytes zip, int maxDirectoryBytes) throws IOException {
        long size = zip.size();
        if (size < END_SIZE) {
            return Optional.empty();
        }
        long tailStart = Math.max(0, size - END_SIZE - MAX_COMMENT - ZIP64_LOCATOR_SIZE);
        ByteBuffer tail = zip.at(tailStart, (int) (size - tailStart));
        int end = endRecord(tail);
        if (end < 0) {
            return Optional.empty();
        }
        long declared = Short.toUnsignedLong(tail.getShort(end + 10));
        long offset = Integer.toUnsignedLong(tail.getInt(end + 16));
        long directoryEnd = tailStart + end;
        int locator = end - ZIP64_LOCATOR_SIZE;
        if (locator >= 0 && tail.getInt(locator) == ZIP64_LOCATOR) {
            long zip64End = tail.getLong(locator + 8);
            if (zip64End < 0 || zip64End > size - ZIP64_END_SIZE) {
                return Optional.empty();
            }
            ByteBuffer record = zip.at(zip64End, ZIP64_END_SIZE);
            if (record.remaining() < ZIP64_END_SIZE || record.getInt(0) != ZIP64_END) {
                return Optional.empty();
            }
            declared = record.getLong(32);
            offset = record.getLong(48);
            directoryEnd = zip64End;
        }
        if (offset < 0 || offset > directoryEnd || directoryEnd - offset > maxDirectoryBytes) {
            return Optional.empty();
        }
        return Optional.of(walk(zip.at(offset, (int) (directoryEnd - offset)), declared));
    }

    /**
     * Where the end record starts in {@code tail}, the archive's last bytes, looked for backwards over a comment of at
     * most 65,535 bytes, as zip readers look for it; -1 without one.
     */
    private static int endRecord(ByteBuffer tail) {
        int last = tail.limit() - END_SIZE;
        for (int at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
            if (tail.getInt(at) == END) {
                return at;
            }
        }
        return -1;
    }

    /** Every entry of {@code directory} from its start on that begins with the entry signature, and their sizes. */
    private static ZipDirectory walk(ByteBuffer directory, long declared) {
        long entries = 0;
        long unpacked = 0;
        int at = 0;
        while (at + ENTRY_SIZE <= directory.limit() && directory.getInt(at) == ENTRY) {
            int name = Short.toUnsignedInt(directory.getShort(at + 28));
            int extra = Short.toUnsignedInt(directory.getShort(at + 30));
            int comment = Short.toUnsignedInt(directory.getShort(at + 32));
            long size = Integer.toUnsignedLong(directory.getInt(at + 24));
            if (size == UNSET_32) {
                size = zip64Size(directory, at + ENTRY_SIZE + name, extra);
            }
            entries++;
            unpacked = size < 0 || unpacked + size < 0 ? Long.MAX_VALUE : unpacked + size;
            at += ENTRY_SIZE + name + extra + comment;
        }
        return new ZipDirectory(entries, declared, unpacked);
    }

    /**
     * The unpacked size an entry's zip64 extra field gives (its first value, present when the 32-bit size is unset);
     * the largest size when the field is missing, as an archive that cannot say its size may unpack to anything.
     */
    private static long zip64Size(ByteBuffer directory, int extraStart, int extraLength) {
        int at = extraStart;
        int end = Math.min(directory.limit(), extraStart + extraLength);
        while (at + 4 <= end) {
            int id = Short.toUnsignedInt(directory.getShort(at));
            int length = Short.toUnsignedInt(directory.getShort(at + 2));
            if (id == ZIP64_EXTRA && length >= 8 && at + 12 <= end) {
                return directory.getLong(at + 4);
            }
            at += 4 + length;
        }
        return Long.MAX_VALUE;
    }
}
