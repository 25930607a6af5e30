package org.parallax.io;

import java.nio.charset.Charset;

/**
 * Tells KOI8-R from Windows-1251 for Cyrillic text that declares neither. Both put letters at 0xC0-0xFF, but in
 * different orders and with the cases swapped, so the wrong one turns every word into other letters ("оПХЙЮГ") with
 * capitals inside words. Each reading is scored by how often its letters occur in Russian (о, е, а, и, н… common;
 * ъ, э, ф, щ rare) and loses points for a capital straight after a small letter and for box-drawing characters
 * (KOI8-R's bytes 0x80-0xBF, where Windows-1251 has quotes, dashes and №).
 */
final class CyrillicCodePage {
    static final Charset KOI8_R = Charset.forName("KOI8-R");

    /** Letters а-я in alphabetical order, then ё; per mille in Russian prose (national corpus counts). */
    private static final int[] PER_MILLE = {80, 16, 45, 17, 30, 85, 9, 16, 74, 12, 35, 44, 32, 67, 110, 28, 47, 55,
        63, 26, 3, 10, 5, 14, 7, 4, 1, 19, 17, 3, 6, 20, 1};
    private static final int CAPITAL_INSIDE_A_WORD = 100;
    private static final int BOX_DRAWING = 100;

    private CyrillicCodePage() {
    }

    /** KOI8-R when the bytes read as Russian better in it than in Windows-1251; Windows-1251 otherwise. */
    static Charset of(byte[] bytes) {
        return score(new String(bytes, KOI8_R)) > score(new String(bytes, TextFileDecoder.WINDOWS_1251))
                ? KOI8_R : TextFileDecoder.WINDOWS_1251;
    }

    private static long score(String text) {
        long score = 0;
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u2500' && c <= '\u25FF') {
                score -= BOX_DRAWING;
            } else if (isCyrillic(c)) {
                score += PER_MILLE[letterIndex(Character.toLowerCase(c))];
                if (Character.isUpperCase(c) && isCyrillic(previous) && Character.isLowerCase(previous)) {
                    score -= CAPITAL_INSIDE_A_WORD;
                }
            }
            previous = c;
        }
        return score;
    }

    private static boolean isCyrillic(char c) {
        return c >= '\u0410' && c <= '\u044F' || c == 'ё' || c == 'Ё';
    }

    private static int letterIndex(char lower) {
        return lower == 'ё' ? PER_MILLE.length - 1 : lower - 'а';
    }
}
