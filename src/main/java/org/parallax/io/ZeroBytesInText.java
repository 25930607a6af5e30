package org.parallax.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A few zero bytes in a text (a byte a crash, a bad copy or a program's bug left in it): no text holds the character,
 * so each becomes U+FFFD and a warning names where, as a damaged byte of UTF-8 does. One zero byte refused a whole
 * interview as "does not look like text"; many (binary data, UTF-16 read otherwise) still make it binary.
 */
final class ZeroBytesInText {
    /** More zero characters than this are not a few bytes of damage. */
    static final int MOST = DecodingDamage.LISTED_OFFSETS;

    private ZeroBytesInText() {
    }

    /** {@code decoded}, the text of {@code bytes}, with a few zero characters replaced and named; as it is otherwise. */
    static DecodedText replaced(Path file, DecodedText decoded, byte[] bytes) {
        String text = decoded.text();
        long zeros = text.chars().filter(c -> c == 0).count();
        if (zeros == 0 || zeros > MOST) {
            return decoded;
        }
        List<String> warnings = new ArrayList<>(decoded.warnings());
        Path name = file.getFileName();
        warnings.add((name == null ? file : name) + ": " + (zeros == 1 ? "a zero byte" : zeros + " zero bytes")
                + where(bytes, zeros) + ", which no text holds, replaced by \uFFFD (U+FFFD)");
        return new DecodedText(text.replace('\0', '\uFFFD'), warnings);
    }

    /** The byte offsets when the file's zero bytes are exactly these characters (not UTF-16, where every unit has one). */
    private static String where(byte[] bytes, long zeros) {
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < bytes.length && offsets.size() <= zeros; i++) {
            if (bytes[i] == 0) {
                offsets.add(i);
            }
        }
        if (offsets.size() != zeros) {
            return "";
        }
        return (zeros == 1 ? " at byte " : " at bytes ")
                + offsets.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " (counted from 0)";
    }

    /** How many U+FFFD of {@code decoded} its decoding put in for damage it names: not a sign of binary data. */
    static long replacementsNamed(DecodedText decoded) {
        if (decoded.warnings().isEmpty()) {
            return 0;
        }
        return Math.min(decoded.text().chars().filter(c -> c == '\uFFFD').count(), 2L * MOST);
    }
}
