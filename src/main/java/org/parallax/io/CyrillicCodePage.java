package org.parallax.io;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Tells the code pages of Cyrillic text that declares none apart: Windows-1251, KOI8-R, Ukrainian KOI8-U, DOS's 866
 * and its Ukrainian 1125. They put the letters at different bytes, so every wrong one turns words into other letters
 * ("оПХЙЮГ") with capitals inside them, or into box-drawing characters and symbols. Each reading is scored by how often its letters
 * occur in Russian and Ukrainian prose (о, е, а, и, н, і… common; ъ, э, ф, щ, ґ rare), less a penalty for each
 * capital straight after a small letter and for each character no such text holds (box drawing, and the symbols and
 * Serbian or Macedonian letters one code page has where another has Russian or Ukrainian letters).
 */
final class CyrillicCodePage {
    static final Charset KOI8_R = Charset.forName("KOI8-R");
    static final Charset KOI8_U = Charset.forName("KOI8-U");
    static final Charset DOS_866 = Charset.forName("IBM866");
    static final Charset DOS_1125 = new Dos1125();
    /** In order of preference when two read alike: Russian reads the same in KOI8-R and KOI8-U, and in 866 and 1125. */
    static final List<Charset> ALL = List.of(TextFileDecoder.WINDOWS_1251, KOI8_R, KOI8_U, DOS_866, DOS_1125);

    /** Letters а-я in alphabetical order, then ё; per mille in Russian prose (national corpus counts). */
    private static final int[] PER_MILLE = {80, 16, 45, 17, 30, 85, 9, 16, 74, 12, 35, 44, 32, 67, 110, 28, 47, 55,
        63, 26, 3, 10, 5, 14, 7, 4, 1, 19, 17, 3, 6, 20, 1};
    /** Ukrainian's own letters і, ї, є, ґ, per mille in Ukrainian prose. */
    private static final String UKRAINIAN = "іїєґ";
    private static final int[] UKRAINIAN_PER_MILLE = {55, 6, 4, 1};
    /** Punctuation and signs Cyrillic text holds beyond ASCII, in every one of the code pages. */
    private static final String TYPOGRAPHY = "«»—–№„“”…‘’‚©°·•§±™\u00A0\u00AD";
    private static final int CAPITAL_INSIDE_A_WORD = 100;
    private static final int FOREIGN = 100;

    private CyrillicCodePage() {
    }

    /** The code page in which the bytes read as Russian or Ukrainian best; Windows-1251 when all read alike. */
    static Charset of(byte[] bytes) {
        Charset best = ALL.get(0);
        long bestScore = Long.MIN_VALUE;
        for (Charset charset : ALL) {
            long score = score(new String(bytes, charset));
            if (score > bestScore) {
                best = charset;
                bestScore = score;
            }
        }
        return best;
    }

    private static long score(String text) {
        long score = 0;
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int frequency = perMille(Character.toLowerCase(c));
            if (frequency > 0 && UKRAINIAN.indexOf(Character.toLowerCase(c)) >= 0
                    && (isBoxDrawing(previous) || i + 1 < text.length() && isBoxDrawing(text.charAt(i + 1)))) {
                // KOI8-U has Ukrainian letters where KOI8-R draws some boxes: in a table of KOI8-R text they are boxes.
                score -= FOREIGN;
            } else if ("їґ".indexOf(Character.toLowerCase(c)) >= 0 && !isLetter(previous)
                    && !(i + 1 < text.length() && isLetter(text.charAt(i + 1)))) {
                // Not a word alone, while 866 has a degree sign and a bullet where 1125 has ї: "25°" is not "25Ї".
                score -= FOREIGN;
            } else if (frequency > 0) {
                score += frequency;
                if (Character.isUpperCase(c) && Character.isLowerCase(previous) && perMille(previous) > 0) {
                    score -= CAPITAL_INSIDE_A_WORD;
                }
            } else if (c >= 0x80 && TYPOGRAPHY.indexOf(c) < 0) {
                score -= FOREIGN;
            }
            previous = c;
        }
        return score;
    }

    private static boolean isLetter(char c) {
        return perMille(Character.toLowerCase(c)) > 0 || c == '\'' || c == '’';
    }

    private static boolean isBoxDrawing(char c) {
        return c >= '\u2500' && c <= '\u259F';
    }

    /** How often a small Russian or Ukrainian letter occurs; 0 for any other character. */
    private static int perMille(char lower) {
        if (lower >= 'а' && lower <= 'я') {
            return PER_MILLE[lower - 'а'];
        }
        if (lower == 'ё') {
            return PER_MILLE[PER_MILLE.length - 1];
        }
        int ukrainian = UKRAINIAN.indexOf(lower);
        return ukrainian < 0 ? 0 : UKRAINIAN_PER_MILLE[ukrainian];
    }
}
