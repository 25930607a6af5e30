package org.parallax.io;

/** Whether decoded text is binary data rather than text: the one rule of every reader of text (files, parts, pages). */
public final class BinaryText {
    private BinaryText() {
    }

    /**
     * Control characters other than tab, line breaks and form feed do not occur in real text, nor do
     * many replacement characters (left where bytes could not be decoded).
     */
    public static boolean looksBinary(String text) {
        return looksBinary(text, 0);
    }

    /** {@link #looksBinary(String)}, not counting {@code replacementsMeant} U+FFFD the text was meant to hold. */
    public static boolean looksBinary(String text, long replacementsMeant) {
        long controls = -replacementsMeant;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            // a vertical tab is the line break Word's copied text carries
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f'
                    && c != '\u000B') {
                controls++;
            }
        }
        return controls * 100 > text.length();
    }
}
