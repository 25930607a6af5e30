package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.parallax.model.Counted;

/**
 * Reads a LibreOffice (OpenDocument) .odt file behind the zip guards: its body's text ({@link OdtBodyText}) with the
 * hidden styles of styles.xml and content.xml ({@link OdtStyles}), and from meta.xml its title and the date the file
 * was made. Every part goes through the hardened XML reader ({@link HardenedXml}); a DOCTYPE is refused.
 */
final class OdtExtractor {
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    private static final String TEXT_MIME = "application/vnd.oasis.opendocument.text";
    /** A manifest larger than this is no real document's; only its start is looked at for encryption. */
    private static final int MANIFEST_BYTES = 1 << 20;

    private final ZipBombGuard guard;
    private final XMLInputFactory xml = HardenedXml.streamFactory();

    OdtExtractor(ImportLimits limits) {
        this.guard = new ZipBombGuard(limits);
    }

    /** Reads {@code bytes}, the one version of {@code file} read for its import, naming {@code file} in failures. */
    Extraction extract(Path file, byte[] bytes, ExtractionBudget budget) {
        try (ZipFile zip = guard.open(file, bytes, "ODT")) {
            checkKind(file, zip);
            OdtStyles styles = new OdtStyles();
            read(file, zip, "styles.xml", in -> readStyles(in, styles, budget));
            if (zip.getEntry("content.xml") == null) {
                throw new ImportException(file, "not an ODT file (no content.xml)");
            }
            OdtBodyText body = new OdtBodyText(styles, budget);
            read(file, zip, "content.xml", body::read);
            String[] meta = new String[2];
            read(file, zip, "meta.xml", in -> readMeta(in, meta, budget));
            return new Extraction(body.text(), meta[0], null, IsoDates.leading(meta[1] == null ? "" : meta[1]),
                    Map.of(), warnings(file, body.hiddenChars()));
        } catch (IOException e) {
            throw new ImportException(file, "damaged or truncated ODT file (unreadable zip archive)", e);
        }
    }

    /** Only a text document: a spreadsheet or a presentation renamed .odt has no body of paragraphs. */
    private static void checkKind(Path file, ZipFile zip) throws IOException {
        ZipArchiveEntry mimetype = zip.getEntry("mimetype");
        if (mimetype != null) {
            try (InputStream in = zip.getInputStream(mimetype)) {
                String kind = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                if (!kind.startsWith(TEXT_MIME)) {
                    throw new ImportException(file, "not a text document (an OpenDocument file of type '"
                            + kind.replaceAll("\\p{Cntrl}", "?") + "'; only .odt texts are imported)");
                }
            }
        }
        ZipArchiveEntry manifest = zip.getEntry("META-INF/manifest.xml");
        if (manifest != null) {
            try (InputStream in = zip.getInputStream(manifest)) {
                if (new String(in.readNBytes(MANIFEST_BYTES), StandardCharsets.UTF_8).contains("encryption-data")) {
                    throw new ImportException(file, "encrypted ODT (needs a password)");
                }
            }
        }
    }

    private void read(Path file, ZipFile zip, String part, PartReader reader) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(part);
        if (entry == null) {
            return;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader stream = withoutDoctype(file, xml.createXMLStreamReader(in));
            try {
                reader.read(stream);
            } finally {
                stream.close();
            }
        } catch (XMLStreamException e) {
            throw new ImportException(file, "damaged ODT file (" + part + ", " + HardenedXml.describe(e) + ")", e);
        }
    }

    private static void readStyles(XMLStreamReader in, OdtStyles styles, ExtractionBudget budget)
            throws XMLStreamException {
        while (in.hasNext()) {
            int event = in.next();
            budget.tick();
            if (event == XMLStreamConstants.START_ELEMENT && OFFICE.equals(in.getNamespaceURI())
                    && ("styles".equals(in.getLocalName()) || "automatic-styles".equals(in.getLocalName()))) {
                styles.read(in, budget);
            }
        }
    }

    /** The title ({@code dc:title}) and the creation date ({@code meta:creation-date}) into {@code meta}. */
    private static void readMeta(XMLStreamReader in, String[] meta, ExtractionBudget budget) throws XMLStreamException {
        while (in.hasNext()) {
            int event = in.next();
            budget.tick();
            if (event == XMLStreamConstants.START_ELEMENT) {
                int slot = DC.equals(in.getNamespaceURI()) && "title".equals(in.getLocalName()) ? 0
                        : META.equals(in.getNamespaceURI()) && "creation-date".equals(in.getLocalName()) ? 1 : -1;
                if (slot >= 0) {
                    meta[slot] = in.getElementText();
                    budget.addChars(meta[slot].length());
                }
            }
        }
    }

    private static List<String> warnings(Path file, long hiddenChars) {
        if (hiddenChars == 0) {
            return List.of();
        }
        return List.of(file.getFileName() + ": " + Counted.of(hiddenChars, "character")
                + " of hidden text (hidden character styles, paragraphs, sections and fields, which LibreOffice"
                + " neither shows nor prints unless asked to) " + (hiddenChars == 1 ? "was" : "were") + " left out");
    }

    /** {@code in}, refusing a DOCTYPE when it meets one: OpenDocument parts have none, and its entities could expand. */
    private static XMLStreamReader withoutDoctype(Path file, XMLStreamReader in) {
        return new StreamReaderDelegate(in) {
            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ImportException(file, "damaged ODT file (contains a DOCTYPE declaration, refused for"
                            + " safety)");
                }
                return event;
            }
        };
    }

    @FunctionalInterface
    private interface PartReader {
        void read(XMLStreamReader in) throws XMLStreamException;
    }
}
