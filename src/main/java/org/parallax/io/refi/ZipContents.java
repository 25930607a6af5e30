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
 * The entries of a zip archive read into memory under limits (file size, entry count, total unpacked
 * bytes, and a budget for highly compressed entries), so a zip bomb fails with a clear message.
 * A compression ratio alone cannot tell a bomb from a real source: a document that is one repeated line
 * compresses past 100 to 1 too. So entries compressed more than the limit's ratio may together unpack to
 * at most {@link #HIGH_RATIO_BUDGET}; that lets any real text through and stops a bomb within 16 MB. Entry names are only
 * ever used as lookup keys, never as paths on disk, so an entry such as {@code ../../evil.txt} cannot
 * escape anywhere; such names are set aside and reported.
 */
final class ZipContents {
    /** Small entries (XML full of repeated tags) compress very well and are harmless. */
    private static final long RATIO_GRACE_BYTES = 100 * 1024;
    /** Bytes all entries compressed beyond the ratio limit may unpack to together. */
    static final long HIGH_RATIO_BUDGET = 16L << 20;

    private final Map<String, byte[]> entries;
    private final List<String> refused;

    private ZipContents(Map<String, byte[]> entries, List<String> refused) {
        this.entries = entries;
        this.refused = refused;
    }

    static ZipContents read(Path file, ImportLimits limits) {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw new RefiException(name + ": larger than the import limit of " + (limits.maxFileBytes() >> 20)
                        + " MB");
            }
        } catch (IOException e) {
            throw new RefiException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxZipEntries()) {
                throw new RefiException(name + ": zip archive has " + zip.size() + " entries, more than the limit of "
                        + limits.maxZipEntries() + " (zip bomb?)");
            }
            Map<String, byte[]> entries = new LinkedHashMap<>();
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
                entries.put(entry.getName(), readBounded(zip, entry, total, limits, name));
            }
            return new ZipContents(entries, refused);
        } catch (IOException e) {
            throw new RefiException(name + ": not a readable zip archive (" + detail(e) + ")", e);
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

    /** {@code total} holds the bytes unpacked so far and those of entries compressed beyond the ratio. */
    private static byte[] readBounded(ZipFile zip, ZipEntry entry, long[] total, ImportLimits limits, String name)
            throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long compressed = Math.max(1, entry.getCompressedSize());
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                total[0] += n;
                if (total[0] > limits.maxUnpackedBytes()) {
                    throw new RefiException(name + ": unpacks to more than " + (limits.maxUnpackedBytes() >> 20)
                            + " MB, the import limit (zip bomb?)");
                }
                if (highRatio(out.size(), compressed, limits) && total[1] + out.size() > HIGH_RATIO_BUDGET) {
                    throw new RefiException(name + ": zip entry '" + entry.getName() + "' is compressed more than "
                            + Math.round(limits.maxCompressionRatio()) + " to 1 and unpacks to more than "
                            + (HIGH_RATIO_BUDGET >> 20) + " MB with the others like it (zip bomb?)");
                }
            }
        }
        if (highRatio(out.size(), compressed, limits)) {
            total[1] += out.size();
        }
        return out.toByteArray();
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
        return List.copyOf(entries.keySet());
    }

    /** The entry with this name, compared case-insensitively with '\' read as '/'. */
    Optional<byte[]> find(String entryName) {
        String wanted = entryName.replace('\\', '/').toLowerCase(Locale.ROOT);
        return entries.entrySet().stream()
                .filter(e -> e.getKey().replace('\\', '/').toLowerCase(Locale.ROOT).equals(wanted))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** Problems met while reading: entries refused for their names. */
    List<String> refused() {
        return List.copyOf(refused);
    }
}
