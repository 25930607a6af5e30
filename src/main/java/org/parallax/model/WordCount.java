package org.parallax.model;

/** Counts words as maximal runs of letters and digits (apostrophes and hyphens inside a word join it). */
public final class WordCount {
    /**
     * Whether each ASCII character is a letter or a digit, read from a table: the comparisons it replaces, which letters
     * and spaces make unpredictable, took three times as long, and counting every text's words is half of the first
     * Table 1 after opening a large project (docs/performance.md, issue 18).
     */
    private static final boolean[] ASCII_WORD = new boolean[0x80];

    static {
        for (int c = 0; c < ASCII_WORD.length; c++) {
            ASCII_WORD[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
    }

    private WordCount() {
    }

    public static long of(String text) {
        long words = 0;
        boolean inWord = false;
        int length = text.length();
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            boolean wordChar;
            int width = 1;
            if (c < 0x80 && c != '\'' && c != '-') {
                wordChar = ASCII_WORD[c];
            } else {
                int cp = text.codePointAt(i);
                width = Character.charCount(cp);
                wordChar = letterOrDigit(cp)
                        || inWord && (cp == '\'' || cp == '\u2019' || cp == '-') && i + 1 < length
                        && letterOrDigit(text.codePointAt(i + 1));
            }
            words += wordChar && !inWord ? 1 : 0;
            inWord = wordChar;
            i += width;
        }
        return words;
    }

    private static boolean letterOrDigit(int cp) {
        return cp < 0x80 ? ASCII_WORD[cp] : Character.isLetterOrDigit(cp);
    }
}
