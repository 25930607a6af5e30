package org.parallax.io;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The streaming XML reader for untrusted files (OpenDocument parts, REFI-QDA projects): no DTD is read, no entity
 * expanded or fetched; a DOCTYPE still arrives as an event, which each reader refuses in its own words.
 */
public final class HardenedXml {
    private HardenedXml() {
    }

    /** A new factory of the JDK's own reader, whatever StAX implementation a library brings onto the class path. */
    public static XMLInputFactory streamFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return f;
    }

    /** A reader's error as one line: where it is in words ("line 3, column 5: ..."), without line breaks. */
    public static String describe(XMLStreamException e) {
        String message = e.getMessage();
        if (e.getLocation() != null && message != null) {
            // The JDK's reader prefixes "ParseError at [row,col]:[l,c] Message:"; say it in words.
            message = message.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[(\\d+),(\\d+)\\]\\s*Message:\\s*",
                    "line $1, column $2: ");
        }
        return message == null ? "damaged XML" : message.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
