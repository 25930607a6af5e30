package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Counts a Word body's text as it streams past, before POI builds the body in memory: a 50 MB one-paragraph
 * document ran out of a 256 MiB heap in POI and was called too large for the heap, though with a larger one it then
 * met the limit on characters of text. A body part smaller than that limit in bytes cannot hold more characters and
 * is not read twice. Hidden and moved-away text is counted too: it is in the file, and POI would hold it.
 */
final class DocxTextCount {
    private static final String W = DocxHiddenText.W;
    private DocxTextCount() {
    }

    /** Throws the limit's failure if the body holds more characters of text ({@code w:t}) than the budget allows. */
    static void check(OPCPackage pkg, ExtractionBudget budget) throws IOException, InvalidFormatException {
        PackagePart body = OpcMainPart.of(pkg);
        if (body == null || body.getSize() >= 0 && body.getSize() <= budget.limits().maxTextChars()) {
            return;
        }
        // Its own factory: the JDK's reuses a reader between calls, and files are read on several threads.
        XMLInputFactory factory = HardenedXml.streamFactory();
        // Counted in pieces: one text node of 50 MB is the very thing that must not be held whole.
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        try (InputStream in = body.getInputStream()) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                count(xml, budget.sameClock());
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            // POI reads the part next and names the damage in its own words.
        }
    }

    private static void count(XMLStreamReader xml, ExtractionBudget budget) throws XMLStreamException {
        int depthInText = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                budget.tick();
                if (depthInText > 0 || isText(xml)) {
                    depthInText++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && depthInText > 0) {
                depthInText--;
            } else if (depthInText > 0 && (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA)) {
                budget.addChars(xml.getTextLength());
            }
        }
    }

    private static boolean isText(XMLStreamReader xml) {
        return "t".equals(xml.getLocalName()) && W.equals(xml.getNamespaceURI());
    }
}
