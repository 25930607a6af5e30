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
    private static final QName VAL = new QName(W, "val");
    private static final QName RUN_PROPERTIES = new QName(W, "rPr");
    private static final QName VANISH = new QName(W, "vanish");
    private static final QName RUN_STYLE = new QName(W, "rStyle");
    private static final QName PARAGRAPH_PROPERTIES = new QName(W, "pPr");
    private static final QName PARAGRAPH_STYLE = new QName(W, "pStyle");
    /** The values of {@code w:vanish} that switch it off. */
    static final Set<String> OFF = Set.of("false", "0", "off");
    /** Styles are based on styles; a file whose chain loops or runs on is read as far as this. */
    static final int MAX_STYLE_CHAIN = 32;

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
        String runStyle = value(run, RUN_PROPERTIES, RUN_STYLE);
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
        return value(paragraph, PARAGRAPH_PROPERTIES, PARAGRAPH_STYLE);
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
        // A cursor's steps, not an XPath: this runs for every run of the document.
        try (XmlCursor cursor = element.newCursor()) {
            if (!cursor.toChild(RUN_PROPERTIES) || !cursor.toChild(VANISH)) {
                return null;
            }
            String value = cursor.getAttributeText(VAL);
            return value == null || !OFF.contains(value.strip().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** The {@code w:val} of the element's child {@code first}'s child {@code second}, or null. */
    private static String value(XmlObject element, QName first, QName second) {
        try (XmlCursor cursor = element.newCursor()) {
            return cursor.toChild(first) && cursor.toChild(second) ? cursor.getAttributeText(VAL) : null;
        }
    }
}
