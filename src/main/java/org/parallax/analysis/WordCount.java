package org.parallax.analysis;

/** Counts words as maximal runs of letters and digits (apostrophes and hyphens inside a word join it). */
public final class WordCount {
    private WordCount() {
    }

    public static long of(String text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean wordChar = letterOrDigit(cp)
                    || inWord && (cp == '\'' || cp == '\u2019' || cp == '-') && i + 1 < text.length()
                    && letterOrDigit(text.codePointAt(i + 1));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
            i += Character.charCount(cp);
        }
        return words;
    }

    /** ASCII answered without the Unicode tables: nearly every character of most corpora is ASCII. */
    private static boolean letterOrDigit(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return Character.isLetterOrDigit(cp);
    }
}
