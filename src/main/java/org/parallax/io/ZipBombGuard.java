package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipSecureFile;

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

    /** Checks {@code file} as a zip archive of {@code formatName}, read from the disk. */
    void check(Path file, String formatName) {
        checkSignature(file, zipSignature(file), formatName);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            checkEntryCount(file, zip.size());
            checkEntries(file, Collections.list(zip.entries()), zip::getInputStream);
        } catch (IOException e) {
            throw unreadable(file, formatName, e);
        }
    }

    /**
     * Opens {@code bytes}, the one version of {@code file} read for its import, as a zip archive read in memory, once
     * it has passed the checks; failures name {@code file}. Nothing is written to the temporary folder: a copy there
     * outlived a program killed while it read the file, and a full temporary folder refused every document.
     */
    org.apache.commons.compress.archivers.zip.ZipFile open(Path file, byte[] bytes, String formatName) {
        checkSignature(file, new String(bytes, 0, Math.min(4, bytes.length), java.nio.charset.StandardCharsets.ISO_8859_1),
                formatName);
        // A zip reader builds an object for every entry of the directory before any can be counted: a directory of a
        // million tiny entries would fill the heap. So the directory is walked first, as the reader will walk it.
        ZipDirectory directory = ZipDirectory.of(bytes).orElseThrow(() -> unreadable(file, formatName, null));
        checkEntryCount(file, directory.entries());
        if (!directory.consistent()) {
            throw unreadable(file, formatName, null);
        }
        org.apache.commons.compress.archivers.zip.ZipFile zip = null;
        try {
            zip = new org.apache.commons.compress.archivers.zip.ZipFile(new SeekableInMemoryByteChannel(bytes));
            org.apache.commons.compress.archivers.zip.ZipFile archive = zip;
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

    private static InputStream entryStream(org.apache.commons.compress.archivers.zip.ZipFile zip, ZipEntry entry)
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

    /**
     * Sets POI's own zip checks, a second line of defence behind {@link #check}, from the same limits; they are global.
     * POI applies its ratio to any entry above 100 KB, which would refuse the repetitive files this guard lets through
     * below its grace size; deflate cannot exceed about 1,032 to 1, so that bound only catches what is no deflate at all.
     */
    void limitPoi() {
        ZipSecureFile.setMinInflateRatio(1.0 / (limits.maxCompressionRatio() * 20));
        ZipSecureFile.setMaxEntrySize(limits.maxUnpackedBytes());
        ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
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

    /**
     * The file's first four bytes: {@link #ENTRIES} where a zip's first entry starts, {@link #EMPTY} for the end record
     * alone (a zip holding nothing), or anything else.
     */
    private static String zipSignature(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }
}
