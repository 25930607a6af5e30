package org.parallax.io;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Puts stored text into a Word paragraph as it reads: line breaks and tabs become Word's breaks and tabs
 * (so the paragraph's text equals the stored text as {@link PrintableText} prints it).
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

    /** {@code text} as a report prints it ({@link PrintableText}): nothing in it that XML 1.0 cannot carry. */
    static String clean(String text) {
        return PrintableText.of(text);
    }
}
