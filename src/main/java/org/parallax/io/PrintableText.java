package org.parallax.io;

/**
 * Stored text as a report for reading prints it (Word, web page, SVG chart, the Report window's preview): a control
 * character is not printable, and XML 1.0 cannot carry most of them, so each is dropped, where Word showed a U+FFFD
 * box for an invisible character; the line-breaking ones (vertical tab, Word's manual line break when its text is
 * pasted; form feed; next line) become the line break they stand for, as do CR LF and a lone CR. Every other character
 * stays as stored; a lone surrogate, half a character, becomes U+FFFD. Data exports (CSV, Excel, REFI-QDA) keep every
 * character as stored instead (docs/reports.md).
 */
public final class PrintableText {
    private PrintableText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        if (printable(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(ch).append(text.charAt(++i));
            } else if (ch == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    out.append('\n');
                }
            } else if (ch == '\u000B' || ch == '\u000C' || ch == '\u0085') {
                out.append('\n');
            } else if (Character.isSurrogate(ch)) {
                out.append('\uFFFD');
            } else if (ch == '\n' || ch == '\t' || !(Character.getType(ch) == Character.CONTROL
                    || ch == '\uFFFE' || ch == '\uFFFF')) {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** True when {@link #of} would change nothing: the common case, checked without copying. */
    private static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isSurrogate(ch) || ch == '\uFFFE' || ch == '\uFFFF'
                    || Character.getType(ch) == Character.CONTROL && ch != '\n' && ch != '\t') {
                return false;
            }
        }
        return true;
    }
}
