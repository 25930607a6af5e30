package org.parallax.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.parallax.model.Counted;

/**
 * The text of a .docx body as Word shows it: paragraphs and table cells in document order, each a paragraph of the
 * text with a blank line between them (as the HTML import makes paragraphs); the text of a paragraph's text boxes
 * follows it, a paragraph per paragraph in the box; a part in another format merged in ({@link DocxAltChunks}) at
 * its place. Tracked changes read as accepted; hidden text ({@link DocxHiddenText}) is left out. One line per
 * paragraph ran Word's paragraphs together in the reading view, where a speaker's turn could not be told from the
 * next. Empty paragraphs, Word's spacing, add nothing.
 */
final class DocxBodyText {
    private static final String W = DocxHiddenText.W;
    private static final String DECLARE_W = "declare namespace w='" + W + "' ";
    private static final QName TEXT_BOX = new QName(W, "txbxContent");
    private static final QName MOVE_FROM = new QName(W, "moveFrom");
    private static final QName ALT_CHUNK = new QName(W, "altChunk");
    private static final List<QName> BODY_ELEMENTS = List.of(new QName(W, "p"), new QName(W, "tbl"),
            new QName(W, "sdt"));
    private static final QName FALLBACK = new QName(
            "http://schemas.openxmlformats.org/markup-compatibility/2006", "Fallback");

    private final Path file;
    private final XWPFDocument doc;
    private final ExtractionBudget budget;
    private final DocxHiddenText hidden;
    private final DocxAltChunks chunks;
    private final ParagraphText text = new ParagraphText();

    DocxBodyText(Path file, XWPFDocument doc, ExtractionBudget budget) {
        this.file = file;
        this.doc = doc;
        this.budget = budget;
        this.hidden = new DocxHiddenText(doc.getStyles());
        this.chunks = new DocxAltChunks(file, doc, budget);
    }

    /**
     * The body's text. POI lists paragraphs, tables and content controls but not the merged-in parts between them,
     * so the body's children are walked in order and matched with POI's elements, which come in the same order.
     */
    String read() {
        List<IBodyElement> elements = doc.getBodyElements();
        int next = 0;
        try (XmlCursor cursor = doc.getDocument().getBody().newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                QName name = cursor.getName();
                if (ALT_CHUNK.equals(name)) {
                    budget.tick();
                    // Charged to the budget as it was read, by the HTML reader or as the plain text's length.
                    place(chunks.text(cursor.getObject()));
                } else if (BODY_ELEMENTS.contains(name) && next < elements.size()) {
                    append(elements.get(next++));
                }
            }
        }
        while (next < elements.size()) {
            append(elements.get(next++));
        }
        return text.toString();
    }

    /** What the import should say about text left out: parts not read, hidden text. */
    List<String> warnings() {
        List<String> warnings = new ArrayList<>(chunks.warnings());
        long left = hidden.charactersLeftOut();
        if (left > 0) {
            warnings.add(file.getFileName() + ": " + Counted.of(left, "character")
                    + " of hidden text (w:vanish, which Word neither shows nor prints unless asked to) "
                    + (left == 1 ? "was" : "were") + " left out");
        }
        return warnings;
    }

    /** Tables nest in cells only as deep as the XML, which the zip guard has already bounded. */
    private void append(IBodyElement element) {
        budget.tick();
        if (element instanceof XWPFParagraph paragraph) {
            appendParagraph(visibleText(paragraph));
            appendTextBoxes(paragraph);
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(this::append);
                }
            }
        } else if (element instanceof XWPFSDT control) {
            // A content control around whole paragraphs (a form's field, a template's block): its text is shown.
            for (String line : control.getContent().getText().split("\n")) {
                appendParagraph(line);
            }
        }
    }

    /**
     * The paragraph's text as Word shows it with every tracked change accepted and hidden text hidden. POI leaves
     * deleted text out but keeps the old place of a moved passage ({@code w:moveFrom}) as well as its new one
     * ({@code w:moveTo}), so a sentence moved in revision came in twice; it keeps hidden runs too.
     */
    private String visibleText(XWPFParagraph paragraph) {
        String style = paragraph.getStyleID();
        boolean anyHidden = paragraph.getRuns().stream().anyMatch(r -> hidden.hidden(r.getCTR(), style));
        if (paragraph.getCTP().sizeOfMoveFromArray() == 0 && !anyHidden) {
            return paragraph.getText();
        }
        StringBuilder out = new StringBuilder();
        for (IRunElement run : paragraph.getIRuns()) {
            if (run instanceof XWPFRun r) {
                if (r.getCTR().getDelTextArray().length > 0 || movedAway(r.getCTR())) {
                    continue;
                }
                if (hidden.hidden(r.getCTR(), style)) {
                    hidden.leftOut(r.toString().length());
                } else {
                    out.append(r);
                }
            } else if (run instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText());
            } else {
                out.append(run);
            }
        }
        return out.append(paragraph.getFootnoteText()).toString();
    }

    /**
     * The text of the text boxes anchored in {@code paragraph} (sidebars, pull quotes, captions): POI's paragraph
     * text has none of it, and it was left out of the document without a word. Word writes each box twice, as a
     * drawing and as a fallback picture for older readers; the fallback is skipped, and so is a box inside another
     * (its words are the outer box's).
     */
    private void appendTextBoxes(XWPFParagraph paragraph) {
        for (XmlObject box : paragraph.getCTP().selectPath(DECLARE_W + ".//w:txbxContent")) {
            if (insideFallbackOrBox(box)) {
                continue;
            }
            for (XmlObject boxParagraph : box.selectPath(DECLARE_W + "./w:p")) {
                budget.tick();
                String style = DocxHiddenText.paragraphStyle(boxParagraph);
                StringBuilder line = new StringBuilder();
                for (XmlObject run : boxParagraph.selectPath(DECLARE_W + ".//w:r")) {
                    if (movedAway(run)) {
                        continue;
                    }
                    StringBuilder runText = new StringBuilder();
                    for (XmlObject t : run.selectPath(DECLARE_W + "./w:t")) {
                        try (XmlCursor cursor = t.newCursor()) {
                            runText.append(cursor.getTextValue());
                        }
                    }
                    if (hidden.hidden(run, style)) {
                        hidden.leftOut(runText.length());
                    } else {
                        line.append(runText);
                    }
                }
                appendParagraph(line.toString());
            }
        }
    }

    /** A paragraph ending in a line break, after a blank line unless it is the first; a blank one adds nothing. */
    private void appendParagraph(String paragraph) {
        budget.addChars(paragraph.length() + 2);
        place(paragraph);
    }

    private void place(String paragraph) {
        text.add(paragraph);
    }

    private static boolean movedAway(XmlObject node) {
        try (XmlCursor cursor = node.newCursor()) {
            while (cursor.toParent()) {
                if (MOVE_FROM.equals(cursor.getName())) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean insideFallbackOrBox(XmlObject box) {
        try (XmlCursor cursor = box.newCursor()) {
            while (cursor.toParent()) {
                QName name = cursor.getName();
                if (FALLBACK.equals(name) || TEXT_BOX.equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }
}
