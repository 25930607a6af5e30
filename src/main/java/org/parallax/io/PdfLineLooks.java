package org.parallax.io;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;

/**
 * How the line being read is set: each glyph's type size and whether every glyph is bold. A heading shows itself by
 * one or the other ({@link PdfLineStarts}). Keeps at most a line's worth of glyphs, so a hostile file's one line of
 * millions of glyphs cannot grow it.
 */
final class PdfLineLooks {
    /** Glyphs of a line looked at: several lines' worth of set prose. */
    private static final int KEPT = 512;
    private final double[] sizes = new double[KEPT];
    private int glyphs;
    private boolean allBold = true;
    private PDFont lastFont;
    private boolean lastFontBold;

    void add(TextPosition glyph) {
        if (glyphs < KEPT) {
            sizes[glyphs++] = glyph.getFontSizeInPt();
            allBold &= bold(glyph.getFont());
        }
    }

    /** The type size most of the line is set in (0: no glyph). */
    double size() {
        return PdfLineStarts.typicalSize(sizes, glyphs);
    }

    /** Whether the line has glyphs and all of them are set in a bold face. */
    boolean bold() {
        return glyphs > 0 && allBold;
    }

    void clear() {
        glyphs = 0;
        allBold = true;
    }

    /** A bold face by its name (Arial-BoldMT, LiberationSerif-Bold, …-Black, …-Heavy) or its descriptor's weight. */
    private boolean bold(PDFont font) {
        if (font == lastFont) {
            return lastFontBold;
        }
        lastFont = font;
        lastFontBold = font != null && (boldName(font.getName()) || boldDescriptor(font.getFontDescriptor()));
        return lastFontBold;
    }

    private static boolean boldName(String name) {
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("bold") || n.contains("black") || n.contains("heavy");
    }

    private static boolean boldDescriptor(PDFontDescriptor descriptor) {
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    }
}
