package org.parallax.io.refi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.parallax.io.ImportLimits;

/**
 * A zip archive checked under limits (file size, entry count, total unpacked bytes, and a budget for highly
 * compressed entries), so a zip bomb fails with a clear message before anything is read; its entries are then
 * read one at a time when asked for, so that a project file's hundreds of megabytes of XML and text never sit in
 * memory together. A compression ratio alone cannot tell a bomb from a real source: a document that is one
 * repeated line compresses past 100 to 1 too. So entries compressed more than the limit's ratio may together
 * unpack to at most {@link #HIGH_RATIO_BUDGET}; that lets any real text through and stops a bomb within 16 MB.
 * Entry names are only ever used as lookup keys, never as paths on disk, so an entry such as {@code ../../evil.txt}
 * cannot escape anywhere; such names are set aside and reported.
 */
final class ZipContents implements AutoCloseable {
    /** Small entries (XML full of repeated tags) compress very well and are harmless. */
    private static final long RATIO_GRACE_BYTES = 100 * 1024;
    /** Bytes all entries compressed beyond the ratio limit may unpack to together. */
    static final long HIGH_RATIO_BUDGET = 16L << 20;

    private final String fileName;
    private final ZipFile zip;
    /** The entries by {@link #key}, with the bytes each unpacked to when checked: a later read may not yield more. */
    private final Map<String, Checked> entries;
    private final List<String> refused;

    private record Checked(ZipEntry entry, long unpacked) {
    }

    private ZipContents(String fileName, ZipFile zip, Map<String, Checked> entries, List<String> refused) {
        this.fileName = fileName;
        this.zip = zip;
        this.entries = entries;
        this.refused = refused;
    }

    /** The archive's file name, as messages name it. */
    String fileName() {
        return fileName;
    }

    /** Opens and checks the archive (every entry is unpacked once and counted, none kept); close it after use. */
    static ZipContents open(Path file, ImportLimits limits) {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw new RefiException(name + ": larger than the import limit of " + (limits.maxFileBytes() >> 20)
                        + " MB");
            }
        } catch (IOException e) {
            throw new RefiException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        ZipFile zip = null;
        try {
            zip = new ZipFile(file.toFile());
            if (zip.size() > limits.maxZipEntries()) {
                throw new RefiException(name + ": zip archive has " + zip.size() + " entries, more than the limit of "
                        + limits.maxZipEntries() + " (zip bomb?)");
            }
            Map<String, Checked> entries = new LinkedHashMap<>();
            List<String> refused = new ArrayList<>();
            long[] total = {0, 0};
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (!isSafeName(entry.getName())) {
                    refused.add("zip entry '" + entry.getName() + "' points outside the archive; ignored");
                    continue;
                }
                Checked earlier = entries.get(key(entry.getName()));
                if (earlier != null) {
                    throw new RefiException(name + ": " + repeated(earlier.entry().getName(), entry.getName()));
                }
                entries.put(key(entry.getName()), new Checked(entry, countBounded(zip, entry, total, limits, name)));
            }
            return new ZipContents(name, zip, entries, refused);
        } catch (IOException e) {
            closeQuietly(zip);
            throw new RefiException(name + ": not a readable zip archive (" + detail(e) + ")", e);
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /**
     * Zip readers disagree on which copy of a repeated name is the entry (the central directory's first or last, or
     * the first local header), so a file can show one project in another tool and import a different one here.
     */
    private static String repeated(String earlier, String later) {
        return earlier.equals(later)
                ? "zip entry '" + later + "' is in the archive twice; zip readers disagree on which copy counts, so the "
                        + "file is not imported"
                : "zip entries '" + earlier + "' and '" + later + "' name the same entry (names are read regardless "
                        + "of case); the file is not imported";
    }

    /** The name an entry is found by: case and slash direction do not count. */
    private static String key(String entryName) {
        return entryName.replace('\\', '/').toLowerCase(Locale.ROOT);
    }

    private static void closeQuietly(ZipFile zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // The archive is refused already; its error is the one to report.
            }
        }
    }

    /** A length field that reaches past the end of the file fails with a bare EOFException, without a message. */
    private static String detail(IOException e) {
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage().strip().lines().findFirst().orElse("");
        }
        return e instanceof java.io.EOFException ? "the file ends before the archive does; truncated?"
                : "damaged archive";
    }

    /**
     * Unpacks the entry without keeping it and returns its size; {@code total} holds the bytes unpacked so far and
     * those of entries compressed beyond the ratio.
     */
    private static long countBounded(ZipFile zip, ZipEntry entry, long[] total, ImportLimits limits, String name)
            throws IOException {
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        long compressed = Math.max(1, entry.getCompressedSize());
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                total[0] += n;
                if (total[0] > limits.maxUnpackedBytes()) {
                    throw new RefiException(name + ": unpacks to more than " + (limits.maxUnpackedBytes() >> 20)
                            + " MB, the import limit (zip bomb?)");
                }
                if (highRatio(size, compressed, limits) && total[1] + size > HIGH_RATIO_BUDGET) {
                    throw new RefiException(name + ": zip entry '" + entry.getName() + "' is compressed more than "
                            + Math.round(limits.maxCompressionRatio()) + " to 1 and unpacks to more than "
                            + (HIGH_RATIO_BUDGET >> 20) + " MB with the others like it (zip bomb?)");
                }
            }
        }
        if (highRatio(size, compressed, limits)) {
            total[1] += size;
        }
        return size;
    }

    private static boolean highRatio(long unpacked, long compressed, ImportLimits limits) {
        return unpacked > RATIO_GRACE_BYTES && (double) unpacked / compressed > limits.maxCompressionRatio();
    }

    /** Relative, no parent steps, no drive letters: a name that could not escape if it were a path. */
    static boolean isSafeName(String entryName) {
        String n = entryName.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0) {
            return false;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Entry names in archive order. */
    List<String> names() {
        return entries.values().stream().map(c -> c.entry().getName()).toList();
    }

    /** The entry with this name, compared case-insensitively with '\' read as '/', read whole. */
    Optional<byte[]> find(String entryName) {
        return checked(entryName).map(c -> {
            try (InputStream in = stream(c)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new RefiException(fileName + ": zip entry '" + c.entry().getName() + "' cannot be read ("
                        + detail(e) + ")", e);
            }
        });
    }

    /** The entry with this name as a stream, for reading it without holding it; the caller closes it. */
    Optional<InputStream> open(String entryName) {
        return checked(entryName).map(c -> {
            try {
                return stream(c);
            } catch (IOException e) {
                throw new RefiException(fileName + ": zip entry '" + c.entry().getName() + "' cannot be read ("
                        + detail(e) + ")", e);
            }
        });
    }

    private Optional<Checked> checked(String entryName) {
        return Optional.ofNullable(entries.get(key(entryName)));
    }

    /** The entry's bytes, cut at the size it was checked at: the archive was counted once, read as counted. */
    private InputStream stream(Checked c) throws IOException {
        return new BoundedInputStream(zip.getInputStream(c.entry()), c.unpacked());
    }

    /** Problems met while reading: entries refused for their names. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    /** At most {@code limit} bytes of a stream. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private long left;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, left));
            left -= skipped;
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
