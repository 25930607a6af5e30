package org.parallax.analysis;

/**
 * Finds the separators between paragraphs (ADR 8): a blank line — a line break, then only spaces, tabs, form
 * feeds or no-break spaces, then another line break — or, in a text without any blank line, a single line break.
 * A line break is CR LF, LF or CR. A hand-written scan rather than a regular expression: the coding assistant
 * and the agreement split every document into paragraphs first, and on a 50 KB text without blank lines the
 * expression's failed attempt at every character cost more than the sentence splitting itself
 * (docs/performance.md). {@code ParagraphBreaksTest} checks it against the expression it replaces.
 */
final class ParagraphBreaks {
    private final String text;
    private final boolean blankLines;
    private int from;
    private int start = -1;
    private int end = -1;

    /** Separators of {@code text}: blank lines if it has one, else line breaks. */
    ParagraphBreaks(String text) {
        this.text = text;
        this.blankLines = blankLine(text, 0) >= 0;
    }

    /** Moves to the next separator; false when there is none (then start and end are -1). */
    boolean find() {
        for (int p = from; p < text.length(); p++) {
            int e = blankLines ? separatorEnd(text, p) : lineBreakEnd(text, p);
            if (e >= 0) {
                start = p;
                end = e;
                from = e;
                return true;
            }
        }
        start = -1;
        end = -1;
        from = text.length();
        return false;
    }

    /** Where the separator found last starts. */
    int start() {
        return start;
    }

    /** Where the separator found last ends (exclusive). */
    int end() {
        return end;
    }

    /** The start of the first blank line at or after {@code from}, or -1. */
    private static int blankLine(String text, int from) {
        for (int p = from; p < text.length(); p++) {
            if (separatorEnd(text, p) >= 0) {
                return p;
            }
        }
        return -1;
    }

    /** The end of a blank line starting at {@code p}, or -1 if none starts there. */
    private static int separatorEnd(String text, int p) {
        int first = lineBreakEnd(text, p);
        if (first < 0) {
            return -1;
        }
        int q = first;
        while (q < text.length() && horizontalSpace(text.charAt(q))) {
            q++;
        }
        return lineBreakEnd(text, q);
    }

    /** The end of the line break (CR LF taken whole) starting at {@code p}, or -1 if none starts there. */
    private static int lineBreakEnd(String text, int p) {
        if (p >= text.length()) {
            return -1;
        }
        char c = text.charAt(p);
        if (c == '\r') {
            return p + 1 < text.length() && text.charAt(p + 1) == '\n' ? p + 2 : p + 1;
        }
        return c == '\n' ? p + 1 : -1;
    }

    private static boolean horizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u00A0';
    }
}
