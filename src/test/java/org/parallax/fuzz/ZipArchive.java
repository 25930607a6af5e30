package org.parallax.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** A zip archive as an ordered list of entries, which may repeat a name (ZipOutputStream alone refuses that). */
final class ZipArchive {
    /** One entry: its name, verbatim, and its unpacked bytes. */
    record Entry(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    private ZipArchive() {
    }

    static List<Entry> read(Path file) {
        List<Entry> out = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (var e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                out.add(new Entry(entry.getName(), zip.getInputStream(entry).readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    /**
     * Writes the entries; a repeated name is first written under a unique placeholder of the same byte
     * length, then patched in the headers, so the archive really holds two entries of that name.
     */
    static byte[] write(List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Set<String> seen = new HashSet<>();
        List<byte[][]> patches = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Entry entry : entries) {
                String name = entry.name();
                if (!seen.add(name)) {
                    byte[] real = name.getBytes(StandardCharsets.UTF_8);
                    if (real.length < 12) {
                        continue;
                    }
                    String placeholder = placeholder(real.length, patches.size());
                    patches.add(new byte[][] {placeholder.getBytes(StandardCharsets.US_ASCII), real});
                    name = placeholder;
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(entry.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] out = bytes.toByteArray();
        for (byte[][] patch : patches) {
            replaceAll(out, patch[0], patch[1]);
        }
        return out;
    }

    private static String placeholder(int length, int n) {
        String unique = "~dup" + n + "~";
        char[] fill = new char[length - unique.length()];
        Arrays.fill(fill, 'Q');
        return unique + new String(fill);
    }

    private static void replaceAll(byte[] haystack, byte[] from, byte[] to) {
        for (int i = 0; i + from.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, haystack, i, to.length);
            }
        }
    }
}
