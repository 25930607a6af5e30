package org.parallax.model;

import java.util.Arrays;

/**
 * Conversions between the project's offsets (UTF-16 code units, Java string indices)
 * and Unicode code points, which REFI-QDA counts.
 */
public final class Offsets {
    private Offsets() {
    }

    /** Code point index of the UTF-16 index {@code utf16} in {@code text}. */
    public static int toCodePoints(String text, int utf16) {
        checkRange(text.length(), utf16);
        return text.codePointCount(0, utf16);
    }

    /**
     * Code point indexes of many UTF-16 indexes of one text, in any order, counted in one pass over the text: counted
     * from the text's start for each (as {@link #toCodePoints(String, int)} does), the REFI-QDA export of a document
     * with 20,000 passages in a 1 MB text walked it 40,000 times (docs/performance.md, "The REFI-QDA export's
     * positions counted in one pass").
     */
    public static int[] toCodePoints(String text, int[] utf16) {
        // Each index with its place in the array, sorted by index: the place in the low half, so no boxing.
        long[] byIndex = new long[utf16.length];
        for (int i = 0; i < utf16.length; i++) {
            checkRange(text.length(), utf16[i]);
            byIndex[i] = (long) utf16[i] << 32 | i;
        }
        Arrays.sort(byIndex);
        int[] codePoints = new int[utf16.length];
        int pairs = 0;
        int at = 1;
        for (long entry : byIndex) {
            int index = (int) (entry >>> 32);
            // A code point of two units is a pair wholly before the index; one cut by the index counts as two.
            for (; at < index; at++) {
                if (Character.isLowSurrogate(text.charAt(at)) && Character.isHighSurrogate(text.charAt(at - 1))) {
                    pairs++;
                }
            }
            codePoints[(int) entry] = index - pairs;
        }
        return codePoints;
    }

    /** UTF-16 index of the code point index {@code codePoints} in {@code text}. */
    public static int fromCodePoints(String text, int codePoints) {
        if (codePoints < 0 || codePoints > text.codePointCount(0, text.length())) {
            throw new IndexOutOfBoundsException("Code point offset " + codePoints
                    + " outside text of " + text.codePointCount(0, text.length()) + " code points");
        }
        return text.offsetByCodePoints(0, codePoints);
    }

    /** True if {@code [start, end)} is a non-empty range inside a text of {@code length} units. */
    public static boolean isValidRange(int length, int start, int end) {
        return start >= 0 && start < end && end <= length;
    }

    /** True if {@code index} falls between the two halves of a surrogate pair, inside one code point. */
    public static boolean splitsCodePoint(CharSequence text, int index) {
        return index > 0 && index < text.length()
                && Character.isHighSurrogate(text.charAt(index - 1)) && Character.isLowSurrogate(text.charAt(index));
    }

    /**
     * {@code [start, end)} widened so that neither end falls between the two halves of a surrogate pair: the
     * rule for passages made in bulk (auto-code, REFI-QDA import, merging projects), which cover the whole
     * character rather than half of it. Interactive coding refuses such a boundary instead ({@code Coding}).
     */
    public static TextRange wholeCodePoints(CharSequence text, int start, int end) {
        return new TextRange(splitsCodePoint(text, start) ? start - 1 : start,
                splitsCodePoint(text, end) ? end + 1 : end);
    }

    private static void checkRange(int length, int index) {
        if (index < 0 || index > length) {
            throw new IndexOutOfBoundsException("Offset " + index + " outside text of " + length + " units");
        }
    }
}
