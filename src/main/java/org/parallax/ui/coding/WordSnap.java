package org.parallax.ui.coding;

/** Widens a selection to whole words, the optional snapping of the coding selection. */
public final class WordSnap {
    private WordSnap() {
    }

    /** {@code [start, end)} grown outward to word boundaries and trimmed of surrounding white space. */
    public static int[] snap(String text, int start, int end) {
        int s = Math.max(0, start);
        int e = Math.min(text.length(), end);
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return new int[] {start, end};
        }
        while (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1)) && Character.isLetterOrDigit(text.charAt(s))) {
            s--;
        }
        while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))
                && Character.isLetterOrDigit(text.charAt(e - 1))) {
            e++;
        }
        return new int[] {s, e};
    }
}
