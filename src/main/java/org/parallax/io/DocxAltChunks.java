package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Parts in another format that Word merges into the text where they stand when it opens a .docx
 * ({@code w:altChunk}; mail-merge and web tools write them): an HTML or plain-text part is read (HTML as the HTML
 * import reads a page, within the same budget), any other (RTF, MHT, a document inside the document) or one kept
 * outside the file is not, and that is said instead of importing a document that looks whole and is not.
 */
final class DocxAltChunks {
    private static final QName RELATIONSHIP_ID = new QName(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final String DECLARE_W = "declare namespace w='" + DocxHiddenText.W + "' ";

    private final Path file;
    private final XWPFDocument doc;
    private final ExtractionBudget budget;
    private int read;

    DocxAltChunks(Path file, XWPFDocument doc, ExtractionBudget budget) {
        this.file = file;
        this.doc = doc;
        this.budget = budget;
    }

    /** The text of {@code altChunk}, or null where its part is not one Parallax reads. */
    String text(XmlObject altChunk) {
        PackagePart part = part(altChunk);
        if (part == null) {
            return null;
        }
        String type = part.getContentType().toLowerCase(Locale.ROOT);
        String text;
        try {
            if (HTML.contains(type)) {
                refuseLargePage(part);
                text = HtmlExtractor.visibleText(part::getInputStream, file, budget);
            } else if (type.equals("text/plain")) {
                try (InputStream in = part.getInputStream()) {
                    text = TextFileDecoder.decode(file, in.readAllBytes()).text();
                }
                budget.addChars(text.length());
            } else {
                return null;
            }
        } catch (IOException e) {
            throw new ImportException(file, "damaged DOCX file (a part merged into its text ("
                    + part.getPartName().getName() + ") cannot be read: " + Causes.brief(e) + ")", e);
        }
        read++;
        return text;
    }

    /**
     * A merged-in page is held to the HTML import's limit, not only to the zip's: inside the 32 MB a repetitive part
     * may unpack to, a page of markup parsed runs the heap out as a file of that size would.
     */
    private void refuseLargePage(PackagePart part) throws IOException {
        long limit = HtmlExtractor.PAGE_BYTES;
        long read = 0;
        try (InputStream in = part.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; read <= limit && (n = in.read(buffer)) > 0; ) {
                read += n;
            }
        }
        if (read > limit) {
            throw new ImportException(file, "a part merged into its text (" + part.getPartName().getName()
                    + ") is an HTML page larger than the import limit of " + Sizes.format(limit) + " for HTML pages (a "
                    + "page being read takes many times its size in memory); open the file in Word and save it as a "
                    + ".txt file to import its text");
        }
    }

    /** One line naming the parts not read, if any. */
    List<String> warnings() {
        int chunks = doc.getDocument().getBody().selectPath(DECLARE_W + ".//w:altChunk").length - read;
        if (chunks <= 0) {
            return List.of();
        }
        return List.of(file.getFileName() + ": " + (chunks == 1 ? "1 part" : chunks + " parts") + " in another "
                + "format (w:altChunk, which Word merges into the text when it opens the file) "
                + (chunks == 1 ? "was" : "were") + " not imported; open the file in Word and save it again to "
                + "import all of its text");
    }

    /** The part inside the file that {@code altChunk} names; null for one missing or outside (never fetched). */
    private PackagePart part(XmlObject altChunk) {
        String id;
        try (XmlCursor cursor = altChunk.newCursor()) {
            id = cursor.getAttributeText(RELATIONSHIP_ID);
        }
        PackageRelationship relationship = id == null ? null : doc.getPackagePart().getRelationship(id);
        if (relationship == null || relationship.getTargetMode() == TargetMode.EXTERNAL) {
            return null;
        }
        try {
            return doc.getPackagePart().getRelatedPart(relationship);
        } catch (InvalidFormatException | IllegalArgumentException e) {
            return null;
        }
    }
}
