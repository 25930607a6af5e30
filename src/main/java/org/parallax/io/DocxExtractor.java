package org.parallax.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reads the body of a Word .docx file, paragraphs and table cells in document order, one per line. */
final class DocxExtractor {
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
            return new Extraction(text.toString(), coreTitle(doc)).withMetadataDate(created(doc));
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
                String line = paragraph.getText();
                budget.addChars(line.length() + 1);
                text.append(line).append('\n');
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        appendBody(cell.getBodyElements(), text, budget);
                    }
                }
            }
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
