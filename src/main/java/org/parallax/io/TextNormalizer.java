package org.parallax.io;

import java.text.Normalizer;

/**
 * The one normalisation every imported text goes through, so that segment offsets refer to a
 * stable string: BOM removed, CRLF and lone CR turned into LF, Unicode NFC, and half a character (a lone surrogate,
 * as HTML's "&amp;#xD800;" gives) made U+FFFD, one unit for one, since SQLite would store it as '?'. Nothing else
 * changes.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Returns the normalised form of {@code text}. */
    public static String normalize(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        return withoutHalves(Normalizer.normalize(s, Normalizer.Form.NFC));
    }

    private static String withoutHalves(String text) {
        char[] units = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                units = units == null ? text.toCharArray() : units;
                units[i] = '\uFFFD';
            }
        }
        return units == null ? text : new String(units);
    }
}
