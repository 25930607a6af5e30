package org.parallax.model;

import java.text.Normalizer;

/**
 * What a name (a document title, a code, frame, scenario, coder or attribute name) is made of once it is in a
 * project, whichever file or person gave it: one line, without spaces at either end, in Unicode NFC, without the
 * invisible format characters that make it show as something else. Names are cleaned where they come in (readers,
 * the workbench's and the store's writes), never on reading, so what is shown is what the project holds. A file
 * named {@code report\u202Efdp.txt} showed as "reportpdf.txt" in every list and export (U+202E reverses what
 * follows), and "Power " and "Power" were two codes.
 *
 * <p>Right-to-left text needs none of what is removed: Arabic and Hebrew letters order themselves. Kept are the
 * joiners (U+200C, U+200D), part of the spelling of Persian, Indic scripts and emoji, and the format characters that
 * show as signs (the Arabic number signs U+0600-U+0605 and their kin).
 */
public final class Names {
    private Names() {
    }

    /** {@code name} cleaned as the class says; null stays null, and a name of nothing but such characters is "". */
    public static String clean(String name) {
        if (name == null || isClean(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (isInvisible(cp)) {
                continue;
            }
            if (isBreak(cp)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.appendCodePoint(cp);
        }
        String one = withoutEdgeSpaces(out);
        return Normalizer.isNormalized(one, Normalizer.Form.NFC) ? one : Normalizer.normalize(one, Normalizer.Form.NFC);
    }

    /**
     * Whether nothing in {@code name} would change: the common case (a plain ASCII or NFC name) costs one pass and
     * no copy.
     */
    private static boolean isClean(String name) {
        int n = name.length();
        if (n > 0 && (isEdgeSpace(name.charAt(0)) || isEdgeSpace(name.charAt(n - 1)))) {
            return false;
        }
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7F || (c == ' ' && i + 1 < n && name.charAt(i + 1) == ' ')) {
                return false;
            }
            if (c >= 0x80) {
                ascii = false;
                int cp = name.codePointAt(i);
                if (isInvisible(cp) || isBreak(cp)) {
                    return false;
                }
            }
        }
        return ascii || Normalizer.isNormalized(name, Normalizer.Form.NFC);
    }

    /**
     * Control characters (tabs and line breaks among them), line and paragraph separators and ASCII spaces: each run
     * becomes one space. Other spaces (no-break, ideographic) stay inside a name, where a writer put them on purpose.
     */
    private static boolean isBreak(int cp) {
        return cp == ' ' || isControlOrSeparator(cp);
    }

    /**
     * A control character (tabs and line breaks among them) or a line or paragraph separator: what a name is cleaned
     * of here and what {@link FileNames#shown} escapes in a file's name, one rule for both.
     */
    static boolean isControlOrSeparator(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** A space of any kind: none is kept at either end of a name, where it shows as nothing. */
    private static boolean isEdgeSpace(char c) {
        return isBreak(c) || Character.isSpaceChar(c) || Character.isWhitespace(c);
    }

    private static String withoutEdgeSpaces(CharSequence s) {
        int start = 0;
        int end = s.length();
        while (start < end && isEdgeSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isEdgeSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.subSequence(start, end).toString();
    }

    /** A format character that shows nothing: bidirectional controls, zero-width spaces, BOMs, tag characters. */
    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT && !showsOrJoins(cp);
    }

    private static boolean showsOrJoins(int cp) {
        return cp == 0x200C || cp == 0x200D
                || (cp >= 0x0600 && cp <= 0x0605) || cp == 0x06DD || cp == 0x070F || cp == 0x0890 || cp == 0x0891
                || cp == 0x08E2 || cp == 0x110BD || cp == 0x110CD
                || (cp >= 0x13430 && cp <= 0x1345F) || (cp >= 0x1BCA0 && cp <= 0x1BCA3)
                || (cp >= 0x1D173 && cp <= 0x1D17A);
    }
}
