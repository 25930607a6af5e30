package org.parallax.io;

import java.lang.Character.UnicodeScript;

/**
 * Guesses a document's language from the script most of its letters are written in: Latin "en", Cyrillic "ru",
 * Arabic "ar" (or "fa", "ur" when the letters only Persian or Urdu write are among them), Hebrew "he", Greek "el",
 * Han "zh" (with kana "ja"), Hangul "ko", Thai "th", Devanagari "hi", Armenian "hy", Georgian "ka"; "und" (the
 * standard tag for a language not determined) for any other script, and "en" when no script holds more than half the
 * letters. The tag picks the search index's analysis ({@code search.IndexedDocument}): an Arabic text guessed "en" had
 * English stemming applied to it.
 */
public final class LanguageGuess {
    /** Characters counted between looks at whether the rest of the text could still change the answer. */
    private static final int BLOCK = 4096;
    /** 1 for the ASCII letters, 0 for every other ASCII character. */
    private static final byte[] ASCII_LETTER = new byte[0x80];
    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LETTER[c] = 1;
            ASCII_LETTER[Character.toUpperCase(c)] = 1;
        }
    }

    private LanguageGuess() {
    }

    /**
     * The language of the script more than half of the letters of {@code text} are in (see the class), else "en".
     * ASCII letters, most of an English text, are counted by a table look-up rather than a comparison whose outcome
     * letters and spaces make unpredictable (a tenth of the import's own CPU, docs/performance.md, "Issue 18, session
     * 20"); the count stops as soon as the characters left could not change the answer, about halfway through an
     * English text.
     */
    public static String of(String text) {
        int n = text.length();
        long[] perScript = new long[SCRIPTS.length];
        long letters = 0;
        long ascii = 0;
        long persian = 0;
        long urdu = 0;
        int i = 0;
        while (i < n) {
            for (int to = Math.min(n, i + BLOCK); i < to; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    ascii += ASCII_LETTER[c];
                    continue;
                }
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    cp = Character.toCodePoint(c, text.charAt(i));
                }
                if (Character.isLetter(cp)) {
                    letters++;
                    UnicodeScript script = UnicodeScript.of(cp);
                    perScript[script.ordinal()]++;
                    if (script == UnicodeScript.ARABIC) {
                        persian += isPersianLetter(cp) ? 1 : 0;
                        urdu += isUrduLetter(cp) ? 1 : 0;
                    }
                }
            }
            long all = letters + ascii;
            long latin = perScript[UnicodeScript.LATIN.ordinal()] + ascii;
            int top = topScript(perScript);
            long most = Math.max(latin, perScript[top]);
            // Each character left adds at most one letter, to any script.
            long left = n - i;
            if (2 * most > all + left) {
                break;
            }
            if (2 * most + left <= all) {
                return "en";
            }
        }
        long all = letters + ascii;
        long latin = perScript[UnicodeScript.LATIN.ordinal()] + ascii;
        int top = topScript(perScript);
        if (2 * latin > all || 2 * perScript[top] <= all) {
            return "en";
        }
        return tag(SCRIPTS[top], perScript, persian, urdu);
    }

    /** The script other than Latin with the most letters (the first of equals). */
    private static int topScript(long[] perScript) {
        int top = UnicodeScript.COMMON.ordinal();
        for (int s = 0; s < perScript.length; s++) {
            if (perScript[s] > perScript[top] && s != UnicodeScript.LATIN.ordinal()) {
                top = s;
            }
        }
        return top;
    }

    private static String tag(UnicodeScript script, long[] perScript, long persian, long urdu) {
        long kana = perScript[UnicodeScript.HIRAGANA.ordinal()] + perScript[UnicodeScript.KATAKANA.ordinal()];
        return switch (script) {
            case CYRILLIC -> "ru";
            case ARABIC -> arabicScript(perScript[UnicodeScript.ARABIC.ordinal()], persian, urdu);
            case HEBREW -> "he";
            case GREEK -> "el";
            case HAN, HIRAGANA, KATAKANA -> kana > 0 ? "ja" : "zh";
            case HANGUL -> "ko";
            case THAI -> "th";
            case DEVANAGARI -> "hi";
            case ARMENIAN -> "hy";
            case GEORGIAN -> "ka";
            default -> "und";
        };
    }

    /**
     * Persian and Urdu write some letters Arabic does not, and often (Persian's yeh and kaf alone are a tenth of its
     * letters); an Arabic text quoting a Persian name has a few.
     */
    private static String arabicScript(long letters, long persian, long urdu) {
        return urdu * 50 > letters ? "ur" : persian * 50 > letters ? "fa" : "ar";
    }

    /** Letters Persian (and Urdu) write and Arabic does not: pe, che, zhe, gaf, Persian kaf and yeh. */
    private static boolean isPersianLetter(int cp) {
        return cp == 0x067E || cp == 0x0686 || cp == 0x0698 || cp == 0x06AF || cp == 0x06A9 || cp == 0x06CC;
    }

    /** Letters only Urdu writes: tteh, ddal, rreh, noon ghunna, yeh barree, heh doachashmee. */
    private static boolean isUrduLetter(int cp) {
        return cp == 0x0679 || cp == 0x0688 || cp == 0x0691 || cp == 0x06BA || cp == 0x06D2 || cp == 0x06BE;
    }
}
