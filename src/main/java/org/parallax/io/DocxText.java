package org.parallax.io;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Puts stored text into a Word paragraph as it reads: line breaks and tabs become Word's breaks and tabs
 * (so the paragraph's text equals the stored text), and characters XML cannot carry become U+FFFD.
 */
final class DocxText {
    private DocxText() {
    }

    /** Appends {@code text} in one run of {@code paragraph}. */
    static void append(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        String clean = clean(text);
        int from = 0;
        for (int i = 0; i < clean.length(); i++) {
            char ch = clean.charAt(i);
            if (ch == '\n' || ch == '\t') {
                if (i > from) {
                    run.setText(clean.substring(from, i), run.getCTR().sizeOfTArray());
                }
                if (ch == '\n') {
                    run.addBreak();
                } else {
                    run.addTab();
                }
                from = i + 1;
            }
        }
        if (clean.length() > from) {
            run.setText(clean.substring(from), run.getCTR().sizeOfTArray());
        }
    }

    /** {@code text} with carriage returns dropped and characters XML 1.0 forbids replaced by U+FFFD. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(ch).append(text.charAt(++i));
            } else if (ch == '\r') {
                continue;
            } else if (Character.isSurrogate(ch) || ch == '\uFFFE' || ch == '\uFFFF'
                    || ch < 0x20 && ch != '\n' && ch != '\t') {
                out.append('\uFFFD');
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
