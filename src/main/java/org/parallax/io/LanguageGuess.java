package org.parallax.io;

/** Guesses a document's language from its script: "ru" when Cyrillic letters dominate, else "en". */
public final class LanguageGuess {
    private LanguageGuess() {
    }

    /** "ru" if more than half of the letters in {@code text} are Cyrillic, otherwise "en". */
    public static String of(String text) {
        long letters = 0;
        long cyrillic = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            // ASCII letters are most of an English text; skipping the script lookup for them makes
            // this guess, which otherwise dominates import time, several times faster.
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    letters++;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC) {
                    cyrillic++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters > 0 && cyrillic * 2 > letters ? "ru" : "en";
    }
}
