package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Inspects a zip archive before any parser opens it: entry count, declared sizes, and then the
 * actual unpacked bytes of every entry with a bounded read, so a zip bomb fails fast and clearly.
 */
final class ZipBombGuard {
    /**
     * Up to this many unpacked bytes an entry may compress any amount: the work is bounded by these bytes and the
     * total unpacked budget, and a genuine document that repeats one short paragraph many thousand times (a form,
     * a log, a table of yeses) compresses 300 to 1 and more. Beyond it a ratio above the limit is refused, since no
     * real document of that size compresses so well. (It was 100 KB, which refused such documents.)
     */
    static final long RATIO_GRACE_BYTES = 32L << 20;
    private static final int BUFFER = 64 * 1024;
    private static final String ENTRIES = "PK\u0003\u0004";
    private static final String EMPTY = "PK\u0005\u0006";

    private final ImportLimits limits;

    ZipBombGuard(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * Opens {@code bytes}, the one version of {@code file} read for its import, as a zip archive read in memory, once
     * it has passed the checks; failures name {@code file}. Nothing is written to the temporary folder: a copy there
     * outlived a program killed while it read the file, and a full temporary folder refused every document.
     */
    ZipFile open(Path file, byte[] bytes, String formatName) {
        checkSignature(file, new String(bytes, 0, Math.min(4, bytes.length), StandardCharsets.ISO_8859_1),
                formatName);
        // A zip reader builds an object for every entry of the directory before any can be counted: a directory of a
        // million tiny entries would fill the heap. So the directory is walked first, as the reader will walk it.
        ZipDirectory directory = ZipDirectory.of(bytes).orElseThrow(() -> unreadable(file, formatName, null));
        checkEntryCount(file, directory.entries());
        if (!directory.consistent()) {
            throw unreadable(file, formatName, null);
        }
        ZipFile zip = null;
        try {
            zip = new ZipFile(new SeekableInMemoryByteChannel(bytes));
            ZipFile archive = zip;
            checkEntries(file, Collections.list(zip.getEntries()), entry -> entryStream(archive, entry));
            return zip;
        } catch (IOException | RuntimeException e) {
            closeQuietly(zip);
            if (e instanceof ImportException importFailure) {
                throw importFailure;
            }
            throw unreadable(file, formatName, e);
        }
    }

    private static InputStream entryStream(ZipFile zip, ZipEntry entry)
            throws IOException {
        InputStream in = zip.getInputStream((ZipArchiveEntry) entry);
        if (in == null) {
            throw new IOException("entry " + entry.getName() + " cannot be read");
        }
        return in;
    }

    private static void closeQuietly(java.io.Closeable zip) {
        try {
            if (zip != null) {
                zip.close();
            }
        } catch (IOException e) {
            // Closing an archive read in memory frees nothing but memory.
        }
    }

    private static void checkSignature(Path file, String signature, String formatName) {
        if (!signature.equals(ENTRIES)) {
            String article = "AEIOU".indexOf(formatName.charAt(0)) >= 0 ? "an " : "a ";
            String what = signature.equals(EMPTY) ? "an empty zip archive, holding no document" : "not a zip archive";
            throw new ImportException(file, "not " + article + formatName + " file (" + what + ")");
        }
    }

    private static ImportException unreadable(Path file, String formatName, Exception e) {
        return new ImportException(file, "damaged or truncated " + formatName + " file (unreadable zip archive)", e);
    }

    private interface EntryStreams {
        InputStream open(ZipEntry entry) throws IOException;
    }

    private void checkEntries(Path file, List<? extends ZipEntry> entries, EntryStreams streams) throws IOException {
        checkDeclared(file, entries);
        checkActual(file, entries, streams);
    }

    private void checkEntryCount(Path file, long entries) {
        if (entries > limits.maxZipEntries()) {
            throw new ImportException(file, "zip archive has " + entries + " entries, more than the limit of "
                    + limits.maxZipEntries() + " (zip bomb?)");
        }
    }

    private void checkDeclared(Path file, List<? extends ZipEntry> entries) {
        long total = 0;
        for (ZipEntry entry : entries) {
            if (entry.getSize() > 0) {
                total += entry.getSize();
                checkTotal(file, total);
                checkRatio(file, entry, entry.getSize());
            }
        }
    }

    /** The declared sizes may lie, so count what actually comes out, stopping at the limits. */
    private void checkActual(Path file, List<? extends ZipEntry> entries, EntryStreams streams) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (ZipEntry entry : entries) {
            if (entry.isDirectory()) {
                continue;
            }
            long entryBytes = 0;
            try (InputStream in = streams.open(entry)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    entryBytes += n;
                    total += n;
                    checkTotal(file, total);
                    checkRatio(file, entry, entryBytes);
                }
            }
        }
    }

    private void checkTotal(Path file, long total) {
        if (total > limits.maxUnpackedBytes()) {
            throw new ImportException(file, "zip archive unpacks to more than " + Sizes.format(limits.maxUnpackedBytes())
                    + ", the import limit (zip bomb?)");
        }
    }

    private void checkRatio(Path file, ZipEntry entry, long unpackedBytes) {
        long compressed = entry.getCompressedSize();
        if (unpackedBytes > RATIO_GRACE_BYTES && compressed > 0
                && (double) unpackedBytes / compressed > limits.maxCompressionRatio()) {
            throw new ImportException(file, "zip entry '" + entry.getName() + "' is compressed more than "
                    + Math.round(limits.maxCompressionRatio()) + " to 1 (zip bomb?)");
        }
    }
}
