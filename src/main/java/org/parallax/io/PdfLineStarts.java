package org.parallax.io;

import java.util.Arrays;
import java.util.Map;

/**
 * Where a line of a PDF starts something of its own, though PDFBox found no paragraph break before it: a list item
 * (a line beginning with a bullet) or a heading and the text after it (a change of type size). Word and LibreOffice
 * set list items and a heading closer to their neighbours than PDFBox's paragraph gap, so "Interview with a diplomat"
 * ran into the first paragraph and two list items became one line. Also gives the bullets those programs draw from
 * the Symbol and Wingdings fonts the characters they show: a PDF's text carries them as the font's private-use
 * code points (U+F0B7 for the common round bullet), which show as empty boxes.
 */
final class PdfLineStarts {
    /** Symbol and Wingdings bullets by their private-use code point, as Word's and LibreOffice's PDFs carry them. */
    private static final Map<Character, Character> SYMBOL_BULLETS = Map.of(
            '\uF0B7', '•', // Symbol: bullet
            '\uF0A7', '▪', // Wingdings: small black square
            '\uF06E', '■', // Wingdings: black square
            '\uF0D8', '➢', // Wingdings: arrowhead
            '\uF076', '❖', // Wingdings: diamond of four
            '\uF0FC', '✓'); // Wingdings: check mark
    /** Characters that begin a list item and, at the start of a line, nothing else. */
    private static final String BULLETS = "•◦▪▫■□●○‣⁃➢➤►❖✓";
    /**
     * Type sizes further apart than this ratio are a heading and its text: well above the wobble of a size in one
     * paragraph (a scaled font, rounding) and below a heading's usual step (14 or 18 pt over 11 or 12 pt).
     */
    private static final double SIZE_STEP = 1.15;

    private PdfLineStarts() {
    }

    /** {@code text} with each Symbol or Wingdings bullet replaced by the character it shows. */
    static String shown(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            Character shown = SYMBOL_BULLETS.get(text.charAt(i));
            if (shown != null) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, shown);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether {@code line} (stripped) begins a list item. */
    static boolean isListItem(String line) {
        return !line.isEmpty() && BULLETS.indexOf(line.charAt(0)) >= 0;
    }

    /** Whether a line set in {@code size} follows one set in {@code previous} as another block (either unknown: no). */
    static boolean newSize(double previous, double size) {
        if (!(previous > 0) || !(size > 0)) {
            return false;
        }
        return Math.max(previous, size) / Math.min(previous, size) > SIZE_STEP;
    }

    /** The type size most of a line is set in: the median, so a superscript or a drop of italic does not move it. */
    static double typicalSize(double[] sizes, int count) {
        if (count == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(sizes, count);
        Arrays.sort(sorted);
        return sorted[count / 2];
    }
}
