package org.parallax.model;

import java.util.OptionalInt;

/**
 * Half characters: a UTF-16 surrogate that is not half of a pair, as an escape in JSON or YAML or HTML's
 * "&amp;#xD800;" can give. SQLite and PostgreSQL store text as UTF-8, where such a unit becomes '?', so the text saved
 * would not be the one given (a codebook imported again then clashed with its own code).
 */
public final class LoneSurrogates {
    private LoneSurrogates() {
    }

    /** Where the first lone surrogate of {@code text} stands, if it holds one. */
    public static OptionalInt first(CharSequence text) {
        int at = next(text, 0);
        return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
    }

    /** {@code text} with each lone surrogate made U+FFFD, one unit for one, so offsets into it stay; itself if none. */
    public static String replaced(String text) {
        int at = next(text, 0);
        if (at < 0) {
            return text;
        }
        char[] units = text.toCharArray();
        for (; at >= 0; at = next(text, at + 1)) {
            units[at] = '\uFFFD';
        }
        return new String(units);
    }

    /** The index of the first lone surrogate at or after {@code from}, or -1. */
    private static int next(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
