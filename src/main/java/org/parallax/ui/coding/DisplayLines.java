package org.parallax.ui.coding;

/**
 * The text as the text area shows it: a paragraph longer than {@link #MAX_PARAGRAPH} characters is shown as several,
 * each break put in place of a space (after a sentence's end where there is one), so every offset stays that of the
 * stored text. The text area lays out a paragraph as one node: a 512 KB text without line breaks (a transcript
 * exported as one line) held the JavaFX thread for some 15 s, a 20 MB one for good.
 */
public final class DisplayLines {
    /** Short enough to lay out at once, long enough that an ordinary paragraph is never broken. */
    public static final int MAX_PARAGRAPH = 4_000;
    /** How far back from the limit a break looks for a sentence's end before it takes the last space. */
    private static final int SENTENCE_REACH = 1_000;

    private DisplayLines() {
    }

    /** {@code text} with long paragraphs broken for display; the same length, the same characters but some spaces. */
    public static String of(String text) {
        if (!hasLongParagraph(text)) {
            return text;
        }
        char[] shown = text.toCharArray();
        int paragraphStart = 0;
        int lastSpace = -1;
        int lastSentenceEnd = -1;
        for (int i = 0; i < shown.length; i++) {
            char c = shown[i];
            if (c == '\n') {
                paragraphStart = i + 1;
                lastSpace = -1;
                lastSentenceEnd = -1;
                continue;
            }
            if (Character.isWhitespace(c)) {
                lastSpace = i;
                if (i > 0 && isSentenceEnd(shown[i - 1])) {
                    lastSentenceEnd = i;
                }
            }
            if (i - paragraphStart >= MAX_PARAGRAPH && lastSpace > paragraphStart) {
                int at = lastSentenceEnd > i - SENTENCE_REACH && lastSentenceEnd > paragraphStart ? lastSentenceEnd
                        : lastSpace;
                shown[at] = '\n';
                paragraphStart = at + 1;
                lastSpace = -1;
                lastSentenceEnd = -1;
            }
        }
        return new String(shown);
    }

    private static boolean hasLongParagraph(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > MAX_PARAGRAPH) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。';
    }
}
