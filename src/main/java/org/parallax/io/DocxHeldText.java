package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;

/**
 * Counts, as the parts stream past, every character POI will hold in memory when it opens a .docx: the text of all
 * its XML parts, shown or not, and their attribute values. {@link DocxTextCount} counts only the text Word shows, as
 * the import keeps only that; but POI reads hidden text ({@code w:vanish}), deleted text and the parts the import
 * never uses (comments, headers) whole before anything is left out, so a file of 50 MB of hidden text, whose shown
 * text was a line, ran the launchers' 256 MiB heap out and was refused as "out of memory" after 40 s.
 */
final class DocxHeldText {
    /**
     * Under the launchers' {@code -Xmx256m -XX:+UseSerialGC}, one paragraph of 30,408,704 hidden characters was read
     * and one of 50,000,000 ran the heap out; this leaves room for the rest of the import.
     */
    static final long MAX_HELD_CHARS = 25_000_000;

    private final ExtractionBudget budget;
    private long held;

    private DocxHeldText(ExtractionBudget budget) {
        this.budget = budget;
    }

    /** Throws the limit's failure if the package's XML parts hold more characters than POI may be given. */
    static void check(OPCPackage pkg, ExtractionBudget budget) throws InvalidFormatException {
        long declared = 0;
        for (PackagePart part : pkg.getParts()) {
            // A part whose size is not known (-1) cannot be taken to be small.
            declared += xml(part) ? (part.getSize() < 0 ? MAX_HELD_CHARS + 1 : part.getSize()) : 0;
        }
        // UTF-8 takes at least one byte for each UTF-16 unit, so parts this small cannot hold more characters.
        if (declared <= MAX_HELD_CHARS) {
            return;
        }
        DocxHeldText count = new DocxHeldText(budget);
        for (PackagePart part : pkg.getParts()) {
            if (xml(part)) {
                count.count(part);
            }
        }
    }

    /** The document properties are read as POI opens the package, before any count; POI allows no reading them. */
    private static boolean xml(PackagePart part) {
        String type = part.getContentType().toLowerCase(Locale.ROOT);
        return !part.isRelationshipPart() && !(part instanceof PackagePropertiesPart)
                && (type.endsWith("+xml") || type.endsWith("/xml"));
    }

    private void count(PackagePart part) {
        XMLInputFactory factory = HardenedXml.streamFactory();
        // Counted in pieces: one text node of 50 MB is the very thing that must not be held whole.
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                count(xml);
            } finally {
                xml.close();
            }
        } catch (IOException | XMLStreamException e) {
            // POI reads the part next and names the damage in its own words.
        }
    }

    private void count(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                budget.tick();
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    add(xml.getAttributeValue(i).length());
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                add(xml.getTextLength());
            }
        }
    }

    private void add(long chars) {
        held += chars;
        if (held > MAX_HELD_CHARS) {
            throw budget.exceeded(String.format(Locale.ROOT, "%,d characters in all, hidden and deleted text "
                    + "included: a Word file is read whole into memory before what Word does not show is left out",
                    MAX_HELD_CHARS));
        }
    }
}
