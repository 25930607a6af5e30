package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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

    void check(Path file, String formatName) {
        check(file, file, formatName);
    }

    /** Checks {@code readFrom}, the private copy of {@code file} being imported, naming {@code file} in failures. */
    void check(Path file, Path readFrom, String formatName) {
        String signature = zipSignature(readFrom);
        if (!signature.equals(ENTRIES)) {
            String article = "AEIOU".indexOf(formatName.charAt(0)) >= 0 ? "an " : "a ";
            String what = signature.equals(EMPTY) ? "an empty zip archive, holding no document" : "not a zip archive";
            throw new ImportException(file, "not " + article + formatName + " file (" + what + ")");
        }
        try (ZipFile zip = new ZipFile(readFrom.toFile())) {
            checkDeclared(file, zip);
            checkActual(file, zip);
        } catch (IOException e) {
            throw new ImportException(file, "damaged or truncated " + formatName + " file (unreadable zip archive)", e);
        }
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

    private void checkDeclared(Path file, ZipFile zip) {
        if (zip.size() > limits.maxZipEntries()) {
            throw new ImportException(file, "zip archive has " + zip.size() + " entries, more than the limit of "
                    + limits.maxZipEntries() + " (zip bomb?)");
        }
        long total = 0;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            if (entry.getSize() > 0) {
                total += entry.getSize();
                checkTotal(file, total);
                checkRatio(file, entry, entry.getSize());
            }
        }
    }

    /** The declared sizes may lie, so count what actually comes out, stopping at the limits. */
    private void checkActual(Path file, ZipFile zip) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            long entryBytes = 0;
            try (InputStream in = zip.getInputStream(entry)) {
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
