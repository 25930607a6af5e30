package org.parallax.ui.coding;

/** Widens a selection to whole words, the optional snapping of the coding selection. */
public final class WordSnap {
    /** Quotation marks and brackets as pairs, opening then closing; a mark that is both stands twice. */
    private static final String[] PAIRS = {"«»", "„“", "“”", "‘’", "‹›", "()", "[]", "\"\""};

    private WordSnap() {
    }

    /**
     * {@code [start, end)} grown outward to word boundaries, trimmed of surrounding white space, and taking the mark
     * just outside it whose partner it holds alone (a quoted phrase keeps both its quotation marks).
     */
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
        for (String pair : PAIRS) {
            char open = pair.charAt(0);
            char close = pair.charAt(1);
            int[] unpaired = unpaired(text, s, e, open, close);
            if (unpaired[1] > 0 && e < text.length() && text.charAt(e) == close) {
                e++;
                if (open == close) {
                    continue;
                }
            }
            if (unpaired[0] > 0 && s > 0 && text.charAt(s - 1) == open) {
                s--;
            }
        }
        return new int[] {s, e};
    }

    /**
     * In {@code [from, to)}: closing marks before any opening one, and opening marks left open at the end; a mark that
     * is both counts as left open when it stands an odd number of times.
     */
    private static int[] unpaired(String text, int from, int to, char open, char close) {
        int closedFirst = 0;
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open == close) {
                depth += c == open ? 1 : 0;
            } else if (c == open) {
                depth++;
            } else if (c == close) {
                if (depth > 0) {
                    depth--;
                } else {
                    closedFirst++;
                }
            }
        }
        return open == close ? new int[] {depth % 2, depth % 2} : new int[] {closedFirst, depth};
    }
}
