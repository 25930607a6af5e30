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
            boolean wordChar = Character.isLetterOrDigit(cp)
                    || inWord && (cp == '\'' || cp == '\u2019' || cp == '-') && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.codePointAt(i + 1));
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
            i += Character.charCount(cp);
        }
        return words;
    }
}
