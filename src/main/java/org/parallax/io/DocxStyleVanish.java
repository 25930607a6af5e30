package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * Which of a .docx's styles hide their text ({@code w:vanish} on the style or the style it is based on), read as the
 * styles part streams past, for {@link DocxTextCount}, which runs before POI reads the file; {@link DocxHiddenText}
 * asks POI's styles the same question afterwards. A styles part that cannot be read hides nothing here.
 */
final class DocxStyleVanish {
    private static final String W = DocxHiddenText.W;
    /** More styles than any document has; past them a hostile part's styles hide nothing, so their text counts. */
    private static final int MAX_STYLES = 100_000;

    private final Map<String, Boolean> ownVanish = new HashMap<>();
    private final Map<String, String> basedOn = new HashMap<>();

    private DocxStyleVanish() {
    }

    /** The styles of the main part {@code body}, read within {@code budget}'s time. */
    static DocxStyleVanish of(PackagePart body, ExtractionBudget budget) throws InvalidFormatException {
        DocxStyleVanish styles = new DocxStyleVanish();
        for (PackageRelationship relation : body.getRelationshipsByType(XWPFRelation.STYLES.getRelation())) {
            PackagePart part = body.getRelatedPart(relation);
            if (part == null) {
                continue;
            }
            XMLInputFactory factory = HardenedXml.streamFactory();
            try (InputStream in = part.getInputStream()) {
                XMLStreamReader xml = factory.createXMLStreamReader(in);
                try {
                    styles.read(xml, budget);
                } finally {
                    xml.close();
                }
            } catch (IOException | XMLStreamException e) {
                // POI reads the part later and names the damage in its own words.
            }
        }
        return styles;
    }

    /** Whether text of style {@code id} is hidden, shown (a style switching it off), or null where no style says. */
    Boolean vanish(String id) {
        String current = id;
        for (int i = 0; i < DocxHiddenText.MAX_STYLE_CHAIN && current != null; i++) {
            Boolean own = ownVanish.get(current);
            if (own != null) {
                return own;
            }
            current = basedOn.get(current);
        }
        return null;
    }

    private void read(XMLStreamReader xml, ExtractionBudget budget) throws XMLStreamException {
        String style = null;
        int depthInStyle = 0;
        boolean inRunProperties = false;
        while (xml.hasNext() && ownVanish.size() + basedOn.size() < MAX_STYLES) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                budget.tick();
                String name = W.equals(xml.getNamespaceURI()) ? xml.getLocalName() : "";
                if (style == null && name.equals("style")) {
                    style = xml.getAttributeValue(W, "styleId");
                    depthInStyle = 0;
                } else if (style != null) {
                    depthInStyle++;
                    if (depthInStyle == 1 && name.equals("basedOn") && value(xml) != null) {
                        basedOn.put(style, value(xml));
                    }
                    inRunProperties |= depthInStyle == 1 && name.equals("rPr");
                    if (inRunProperties && depthInStyle == 2 && name.equals("vanish")) {
                        ownVanish.put(style, switchedOn(xml));
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && style != null) {
                if (depthInStyle == 0) {
                    style = null;
                } else if (--depthInStyle == 0) {
                    inRunProperties = false;
                }
            }
        }
    }

    /** The element's {@code w:val}, or null. */
    static String value(XMLStreamReader xml) {
        return xml.getAttributeValue(W, "val");
    }

    /** A {@code w:vanish} element's setting: on when it has no value or one other than false, 0 or off. */
    static boolean switchedOn(XMLStreamReader xml) {
        String value = value(xml);
        return value == null || !DocxHiddenText.OFF.contains(value.strip().toLowerCase(Locale.ROOT));
    }
}
