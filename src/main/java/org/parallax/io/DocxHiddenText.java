package org.parallax.io;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Tells the runs of a .docx that Word hides ({@code w:vanish}: neither shown nor printed unless the reader asks for
 * hidden text), set on the run itself, through its character style or through its paragraph's style, and counts the
 * characters left out for the import's warning. Such text came in as if it were part of what the author shows.
 */
final class DocxHiddenText {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String DECLARE_W = "declare namespace w='" + W + "' ";
    private static final QName VAL = new QName(W, "val");
    private static final Set<String> OFF = Set.of("false", "0", "off");
    /** Styles are based on styles; a file whose chain loops or runs on is read as far as this. */
    private static final int MAX_STYLE_CHAIN = 32;

    private final XWPFStyles styles;
    private final Map<String, Boolean> hiddenStyles = new HashMap<>();
    private long charactersLeftOut;

    DocxHiddenText(XWPFStyles styles) {
        this.styles = styles;
    }

    /** Whether the run {@code run} (a {@code w:r}) in a paragraph of style {@code paragraphStyle} (or null) is hidden. */
    boolean hidden(XmlObject run, String paragraphStyle) {
        Boolean direct = vanish(run);
        if (direct != null) {
            return direct;
        }
        String runStyle = attribute(run, "./w:rPr/w:rStyle");
        if (runStyle != null) {
            Boolean styled = styleVanish(runStyle);
            if (styled != null) {
                return styled;
            }
        }
        return paragraphStyle != null && Boolean.TRUE.equals(styleVanish(paragraphStyle));
    }

    void leftOut(int characters) {
        charactersLeftOut += characters;
    }

    long charactersLeftOut() {
        return charactersLeftOut;
    }

    /** The style id of a {@code w:p}, or null. */
    static String paragraphStyle(XmlObject paragraph) {
        return attribute(paragraph, "./w:pPr/w:pStyle");
    }

    /** The style's own {@code w:vanish}, else its base style's; null where none of the chain says. */
    private Boolean styleVanish(String id) {
        if (styles == null) {
            return null;
        }
        if (hiddenStyles.containsKey(id)) {
            return hiddenStyles.get(id);
        }
        Boolean found = null;
        String current = id;
        for (int i = 0; i < MAX_STYLE_CHAIN && current != null && found == null; i++) {
            XWPFStyle style = styles.getStyle(current);
            if (style == null) {
                break;
            }
            found = vanish(style.getCTStyle());
            current = style.getBasisStyleID();
        }
        hiddenStyles.put(id, found);
        return found;
    }

    /** {@code w:vanish} under the element's {@code w:rPr}: true when present without a value or switched on. */
    private static Boolean vanish(XmlObject element) {
        XmlObject[] vanish = element.selectPath(DECLARE_W + "./w:rPr/w:vanish");
        if (vanish.length == 0) {
            return null;
        }
        try (XmlCursor cursor = vanish[0].newCursor()) {
            String value = cursor.getAttributeText(VAL);
            return value == null || !OFF.contains(value.strip().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static String attribute(XmlObject element, String path) {
        XmlObject[] found = element.selectPath(DECLARE_W + path);
        if (found.length == 0) {
            return null;
        }
        try (XmlCursor cursor = found[0].newCursor()) {
            return cursor.getAttributeText(VAL);
        }
    }
}
