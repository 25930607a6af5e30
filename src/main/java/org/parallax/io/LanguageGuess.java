package org.parallax.io;

/** Guesses a document's language from its script: "ru" when Cyrillic letters dominate, else "en". */
public final class LanguageGuess {
    /** Characters counted between looks at whether the rest of the text could still change the answer. */
    private static final int BLOCK = 4096;
    /** 1 for the ASCII letters, 0 for every other ASCII character. */
    private static final byte[] ASCII_LETTER = new byte[0x80];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LETTER[c] = 1;
            ASCII_LETTER[Character.toUpperCase(c)] = 1;
        }
    }

    private LanguageGuess() {
    }

    /**
     * "ru" if more than half of the letters in {@code text} are Cyrillic, otherwise "en". ASCII letters, most of an
     * English text, are counted by a table look-up rather than a comparison whose outcome letters and spaces make
     * unpredictable (a tenth of the import's own CPU, docs/performance.md, "Issue 18, session 20"); the count stops as
     * soon as the characters left could not change the answer, about halfway through an English text.
     */
    public static String of(String text) {
        int n = text.length();
        long letters = 0;
        long cyrillic = 0;
        int i = 0;
        while (i < n) {
            for (int to = Math.min(n, i + BLOCK); i < to; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    letters += ASCII_LETTER[c];
                    continue;
                }
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    cp = Character.toCodePoint(c, text.charAt(i));
                }
                if (Character.isLetter(cp)) {
                    letters++;
                    if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC) {
                        cyrillic++;
                    }
                }
            }
            // Each character left adds at most one letter, Cyrillic or not.
            long left = n - i;
            if (2 * cyrillic + left <= letters) {
                return "en";
            }
            if (2 * cyrillic > letters + left) {
                return "ru";
            }
        }
        return letters > 0 && cyrillic * 2 > letters ? "ru" : "en";
    }
}
