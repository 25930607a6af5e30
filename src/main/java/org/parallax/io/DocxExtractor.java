package org.parallax.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads a Word .docx file behind the zip guards: its body's text as Word shows it ({@link DocxBodyText}), its title
 * and its date of creation (said when they could not be read, {@link DocxRefusedProperties}).
 */
final class DocxExtractor {
    private final ZipBombGuard guard;
    private final long heapBytes;

    DocxExtractor(ImportLimits limits) {
        this(limits, Runtime.getRuntime().maxMemory());
    }

    /** {@code heapBytes}: the Java heap the XML POI reads must fit in. */
    DocxExtractor(ImportLimits limits, long heapBytes) {
        this.guard = new ZipBombGuard(limits);
        this.heapBytes = heapBytes;
    }

    /** Reads {@code bytes}, the one version of {@code file} read for its import, naming {@code file} in failures. */
    Extraction extract(Path file, byte[] bytes, ExtractionBudget budget) {
        try (ZipFile zip = guard.open(file, bytes, "DOCX");
             OPCPackage pkg = OPCPackage.open(new ZipFileZipEntrySource(zip))) {
            DocxTextCount.check(pkg, budget);
            DocxHeldXml.check(pkg, budget, heapBytes);
            return read(file, pkg, budget, DocxRefusedProperties.warning(file, pkg, zip));
        } catch (InvalidFormatException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new ImportException(file, "not a DOCX file (" + OfficePackageRefusal.reason(e, "Word") + ")", e);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.xmlbeans.XmlRuntimeException e) {
            throw new ImportException(file, "damaged DOCX file (" + DocxDamage.reason(bytes, e) + ")", e);
        }
    }

    private static Extraction read(Path file, OPCPackage pkg, ExtractionBudget budget,
                                   Optional<String> propertiesRefused) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(pkg)) {
            budget.checkTime();
            DocxBodyText body = new DocxBodyText(file, doc, budget);
            String text = body.read();
            List<String> warnings = new ArrayList<>(body.warnings());
            propertiesRefused.ifPresent(warnings::add);
            return new Extraction(text, coreTitle(doc), null, created(doc), java.util.Map.of(), warnings);
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
