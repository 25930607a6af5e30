package org.parallax.io;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * The Word styles Parallax's reports use, named as Word names its built-in ones (Title, Heading 1-3, Quote,
 * TOC Heading), so a report opened in Word or LibreOffice has a real outline, a navigation pane and a
 * table of contents that updates, and a user's own template restyles it.
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String HEADING = "Heading";
    static final String QUOTE = "Quote";
    static final String CITATION = "Citation";
    static final String TOC_HEADING = "TOCHeading";
    static final String POINT = "ListBullet";
    static final String TABLE = "TableGrid";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxStyles() {
    }

    /** Installs the styles in a new document. */
    static void install(XWPFDocument document) {
        try {
            document.createStyles().setStyles(StylesDocument.Factory.parse(xml()).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("The report styles are not valid WordprocessingML", e);
        }
    }

    private static String xml() {
        StringBuilder styles = new StringBuilder("<w:styles xmlns:w=\"" + W + "\">");
        styles.append("""
                <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Georgia" \
                w:eastAsia="Georgia"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr>\
                </w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/>\
                </w:pPr></w:pPrDefault></w:docDefaults>\
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
                </w:style>""");
        paragraph(styles, TITLE, "Title", "<w:spacing w:after=\"240\"/>", "<w:b/><w:sz w:val=\"44\"/>");
        for (int level = 1; level <= 3; level++) {
            paragraph(styles, HEADING + level, "heading " + level, "<w:keepNext/><w:spacing w:before=\""
                    + (480 - level * 80) + "\" w:after=\"120\"/><w:outlineLvl w:val=\"" + (level - 1) + "\"/>",
                    "<w:b/><w:sz w:val=\"" + (36 - level * 4) + "\"/>");
        }
        paragraph(styles, TOC_HEADING, "TOC Heading", "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>",
                "<w:b/><w:sz w:val=\"28\"/>");
        paragraph(styles, QUOTE, "Quote", "<w:keepLines/><w:pBdr><w:left w:val=\"single\" w:sz=\"12\" w:space=\"8\" "
                + "w:color=\"AAAAAA\"/></w:pBdr><w:spacing w:before=\"120\" w:after=\"40\"/><w:ind w:left=\"720\" "
                + "w:right=\"360\"/>", "<w:i/>");
        paragraph(styles, CITATION, "Citation", "<w:keepLines/><w:spacing w:after=\"200\"/><w:ind w:left=\"720\"/>",
                "<w:color w:val=\"555555\"/><w:sz w:val=\"18\"/>");
        paragraph(styles, POINT, "List Bullet", "<w:spacing w:after=\"60\"/><w:ind w:left=\"360\" "
                + "w:hanging=\"240\"/>", "");
        styles.append("<w:style w:type=\"table\" w:styleId=\"").append(TABLE).append("\"><w:name w:val=\"Table Grid\"/>"
                + "<w:tblPr><w:tblBorders>");
        for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
            styles.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"BBBBBB\"/>");
        }
        styles.append("</w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" "
                + "w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        for (int level = 1; level <= 3; level++) {
            paragraph(styles, "TOC" + level, "toc " + level, "<w:spacing w:after=\"40\"/><w:ind w:left=\""
                    + (level - 1) * 240 + "\"/>", "");
        }
        return styles.append("</w:styles>").toString();
    }

    private static void paragraph(StringBuilder styles, String id, String name, String paragraph, String run) {
        styles.append("<w:style w:type=\"paragraph\" w:styleId=\"").append(id).append("\"><w:name w:val=\"")
                .append(name).append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>")
                .append(paragraph).append("</w:pPr><w:rPr>").append(run).append("</w:rPr></w:style>");
    }
}
