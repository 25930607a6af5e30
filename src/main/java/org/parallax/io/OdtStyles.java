package org.parallax.io;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Which styles of an OpenDocument text hide what they format ({@code text:display="none"} in their text properties,
 * LibreOffice's "Hidden" font effect), themselves or through the styles they inherit from, as Word's {@code w:vanish}.
 */
final class OdtStyles {
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    /** Longer chains of inheritance are damage (or a loop); real documents have a handful. */
    private static final int MAX_CHAIN = 100;

    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, Boolean> hiddenOwn = new HashMap<>();

    /**
     * Reads the styles of the element {@code in} stands on ({@code office:styles} or {@code office:automatic-styles})
     * up to its end, charging each element to {@code budget}.
     */
    void read(XMLStreamReader in, ExtractionBudget budget) throws XMLStreamException {
        String style = null;
        for (int depth = 1; depth > 0; ) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                budget.tick();
                if (STYLE.equals(in.getNamespaceURI()) && "style".equals(in.getLocalName())) {
                    style = in.getAttributeValue(STYLE, "name");
                    String parent = in.getAttributeValue(STYLE, "parent-style-name");
                    if (style != null && parent != null) {
                        parents.put(style, parent);
                    }
                } else if (style != null && STYLE.equals(in.getNamespaceURI())
                        && "text-properties".equals(in.getLocalName())) {
                    String display = in.getAttributeValue(TEXT, "display");
                    if (display != null) {
                        hiddenOwn.put(style, "none".equals(display));
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (STYLE.equals(in.getNamespaceURI()) && "style".equals(in.getLocalName())) {
                    style = null;
                }
            }
        }
    }

    /** Whether text in the style named {@code name} (null for none) is hidden. */
    boolean hidden(String name) {
        String style = name;
        for (int i = 0; style != null && i < MAX_CHAIN; i++) {
            Boolean own = hiddenOwn.get(style);
            if (own != null) {
                return own;
            }
            style = parents.get(style);
        }
        return false;
    }
}
