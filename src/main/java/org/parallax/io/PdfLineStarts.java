package org.parallax.io;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a line of a PDF starts something of its own, though PDFBox found no paragraph break before it: a list item
 * (a line beginning with a bullet, or with a number after a finished sentence or another item) or a heading and the
 * text after it (a change of type size, or the first plain line after a heading set bold in the body's size). Word and LibreOffice
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
     * A numbered item's label: "1." "12)" "a." "b)" "iv." "(3)" "(c)" "(ii)" and a space. Capital letters are left out:
     * "A. Smith said" begins a sentence far more often than an item.
     */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:(?:\\d{1,3}|[a-z]|[ivxlc]{1,6})[.)]|\\((?:\\d{1,3}|[a-z]|[ivxlc]{1,6})\\))\\s+\\S");
    /** What a line ends with when its sentence goes on in the next: a comma, a semicolon, a dash or a hyphen. */
    private static final Pattern CONTINUED = Pattern.compile("[,;\\-–—]$");
    /** What a line ends with when the sentence or clause on it is finished (closing quotes and brackets aside). */
    private static final Pattern FINISHED = Pattern.compile("[.:;!?][\"'”’)\\]]*$");
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

    /** Whether {@code line} (stripped) begins a bulleted list item. */
    static boolean isListItem(String line) {
        return !line.isEmpty() && BULLETS.indexOf(line.charAt(0)) >= 0;
    }

    /** Whether {@code line} (stripped) begins a bulleted or a numbered list item. */
    static boolean isAnyItem(String line) {
        return isListItem(line) || NUMBERED.matcher(line).find();
    }

    /**
     * Whether {@code line}, beginning with a number, starts an item of its own within the paragraph PDFBox made of
     * {@code before}: only after a finished sentence or when that paragraph is an item itself, so a wrapped line of
     * prose ("as set out in Article" / "5. The parties …") stays in its sentence.
     */
    static boolean startsNumberedItem(String line, List<String> before) {
        return !before.isEmpty() && NUMBERED.matcher(line).find()
                && (isAnyItem(before.get(0)) || FINISHED.matcher(before.get(before.size() - 1)).find());
    }

    /**
     * Whether a plain line {@code line} follows a heading set bold in the body's size: the paragraph so far
     * ({@code before}, one or two lines) is all bold, ends on no comma or dash, and the line begins a sentence. A bold
     * phrase that wraps into plain text ("… the council met in" / "Moscow and …") rarely fills whole lines.
     */
    static boolean endsBoldHeading(List<String> before, boolean beforeBold, boolean lineBold, String line) {
        if (lineBold || !beforeBold || before.isEmpty() || before.size() > 2) {
            return false;
        }
        String last = before.get(before.size() - 1);
        int first = line.codePointAt(0);
        return !CONTINUED.matcher(last).find() && (Character.isUpperCase(first) || Character.isDigit(first)
                || "\"“‘«(".indexOf(first) >= 0);
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
