package org.parallax.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
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

/**
 * Reads the body of a Word .docx file, paragraphs and table cells in document order, each a paragraph of the text
 * with a blank line between them (as the HTML import makes paragraphs); the text of a paragraph's text boxes
 * follows it, a paragraph per paragraph in the box. One line per paragraph ran Word's paragraphs together in the
 * reading view, where a speaker's turn could not be told from the next. Empty paragraphs, Word's spacing, add
 * nothing.
 */
final class DocxExtractor {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String DECLARE_W = "declare namespace w='" + W + "' ";
    private static final QName TEXT_BOX = new QName(W, "txbxContent");
    private static final QName MOVE_FROM = new QName(W, "moveFrom");
    private static final QName FALLBACK = new QName(
            "http://schemas.openxmlformats.org/markup-compatibility/2006", "Fallback");
    private final ZipBombGuard guard;

    DocxExtractor(ImportLimits limits) {
        this.guard = new ZipBombGuard(limits);
        // POI's own checks are a second line of defence; they are global, hence set once here. POI applies its ratio
        // to any entry above 100 KB, which would refuse the repetitive documents the guard lets through below its
        // grace size; deflate cannot exceed about 1,032 to 1, so this bound only catches what is no deflate at all.
        ZipSecureFile.setMinInflateRatio(1.0 / (limits.maxCompressionRatio() * 20));
        ZipSecureFile.setMaxEntrySize(limits.maxUnpackedBytes());
        ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
    }

    Extraction extract(Path file, ExtractionBudget budget) {
        guard.check(file, "DOCX");
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XWPFDocument doc = new XWPFDocument(pkg)) {
            budget.checkTime();
            StringBuilder text = new StringBuilder();
            appendBody(doc.getBodyElements(), text, budget);
            return new Extraction(text.toString(), coreTitle(doc), null, created(doc), java.util.Map.of(),
                    altChunkWarning(file, doc));
        } catch (InvalidFormatException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new ImportException(file, "not a DOCX file (" + Causes.brief(e) + ")", e);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.xmlbeans.XmlRuntimeException e) {
            String cause = Causes.brief(e).contains("DOCTYPE")
                    ? "contains a DOCTYPE declaration, refused for safety" : Causes.brief(e);
            throw new ImportException(file, "damaged DOCX file (" + cause + ")", e);
        }
    }

    /** Tables nest in cells only as deep as the XML, which the zip guard has already bounded. */
    private static void appendBody(List<IBodyElement> elements, StringBuilder text, ExtractionBudget budget) {
        for (IBodyElement element : elements) {
            budget.tick();
            if (element instanceof XWPFParagraph paragraph) {
                String line = textWithoutMovedAway(paragraph);
                budget.addChars(line.length() + 2);
                appendParagraph(text, line);
                appendTextBoxes(paragraph, text, budget);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        appendBody(cell.getBodyElements(), text, budget);
                    }
                }
            }
        }
    }

    /**
     * The text of the text boxes anchored in {@code paragraph} (sidebars, pull quotes, captions): POI's paragraph
     * text has none of it, and it was left out of the document without a word. Word writes each box twice, as a
     * drawing and as a fallback picture for older readers; the fallback is skipped, and so is a box inside another
     * (its words are the outer box's).
     */
    private static void appendTextBoxes(XWPFParagraph paragraph, StringBuilder text, ExtractionBudget budget) {
        for (XmlObject box : paragraph.getCTP().selectPath(DECLARE_W + ".//w:txbxContent")) {
            if (insideFallbackOrBox(box)) {
                continue;
            }
            for (XmlObject boxParagraph : box.selectPath(DECLARE_W + "./w:p")) {
                budget.tick();
                StringBuilder line = new StringBuilder();
                for (XmlObject t : boxParagraph.selectPath(DECLARE_W + ".//w:t")) {
                    if (movedAway(t)) {
                        continue;
                    }
                    try (XmlCursor cursor = t.newCursor()) {
                        line.append(cursor.getTextValue());
                    }
                }
                budget.addChars(line.length() + 2);
                appendParagraph(text, line.toString());
            }
        }
    }

    /**
     * The paragraph's text as Word shows it with every tracked change accepted. POI leaves deleted text out but keeps
     * the old place of a moved passage ({@code w:moveFrom}) as well as its new one ({@code w:moveTo}), so a sentence
     * moved in revision came in twice.
     */
    static String textWithoutMovedAway(XWPFParagraph paragraph) {
        if (paragraph.getCTP().sizeOfMoveFromArray() == 0) {
            return paragraph.getText();
        }
        StringBuilder out = new StringBuilder();
        for (IRunElement run : paragraph.getIRuns()) {
            if (run instanceof XWPFRun r) {
                if (r.getCTR().getDelTextArray().length == 0 && !movedAway(r.getCTR())) {
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

    /**
     * Parts in another format that Word pulls into the document when it opens it ({@code w:altChunk}: HTML, RTF,
     * another document; mail-merge and web tools write them). Their text is not read, which is said instead of
     * importing a document that looks whole and is not.
     */
    private static List<String> altChunkWarning(Path file, XWPFDocument doc) {
        int chunks = doc.getDocument().getBody().selectPath(DECLARE_W + ".//w:altChunk").length;
        if (chunks == 0) {
            return List.of();
        }
        return List.of(file.getFileName() + ": " + (chunks == 1 ? "1 part" : chunks + " parts") + " in another "
                + "format (w:altChunk, which Word merges into the text when it opens the file) "
                + (chunks == 1 ? "was" : "were") + " not imported; open the file in Word and save it again to "
                + "import all of its text");
    }

    /** A paragraph ending in a line break, after a blank line unless it is the first; a blank one adds nothing. */
    private static void appendParagraph(StringBuilder text, String paragraph) {
        if (paragraph.isBlank()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(paragraph).append('\n');
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

    private static LocalDate created(XWPFDocument doc) {
        POIXMLProperties properties = doc.getProperties();
        java.util.Date created = properties == null ? null : properties.getCoreProperties().getCreated();
        return created == null ? null : created.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String coreTitle(XWPFDocument doc) {
        POIXMLProperties properties = doc.getProperties();
        return properties == null ? null : properties.getCoreProperties().getTitle();
    }
}
