package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first line of a text file (a sheet's header), decoded as {@link TextFileDecoder} decodes the whole file but read
 * from at most its first 64 KB, so telling a sheet by its header costs the same for a file of any size.
 */
final class FirstLine {
    static final int MAX_BYTES = 64 * 1024;

    private FirstLine() {
    }

    /** The first line of {@code file} without its line end ("" for an empty file). */
    static String of(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAX_BYTES);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read file (" + Causes.brief(e) + ")", e);
        }
        byte[] line = java.util.Arrays.copyOf(head, lineLength(head));
        if (line.length == 0) {
            return "";
        }
        String text = TextNormalizer.normalize(TextFileDecoder.decode(file, line).text());
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /**
     * The bytes before the first line feed byte. In UTF-16 big-endian that byte ends the unit 00 0A, whose zero byte
     * is left out too, so the line stays whole units in either byte order.
     */
    private static int lineLength(byte[] head) {
        for (int i = 0; i < head.length; i++) {
            if (head[i] == '\n') {
                return i % 2 == 1 && head[i - 1] == 0 ? i - 1 : i;
            }
        }
        return head.length;
    }
}
