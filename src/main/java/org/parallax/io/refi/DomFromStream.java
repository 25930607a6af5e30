package org.parallax.io.refi;

import java.util.function.BiConsumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns one element of a streamed XML file, with what it contains, into a DOM element, so that a large file is
 * held one part at a time (a source with its selections, the code book) and read by the same {@link Dom} code as
 * a small one. Built without recursion: nesting depth costs heap, never stack. Text made only of white space
 * (the indentation between elements) is left out; {@link Dom} treats blank text as none. Every element made is
 * counted against the {@link ExchangeLimits}, so a file of too many codes or selections stops as it is read.
 */
final class DomFromStream {
    /**
     * Deeper than any part of a REFI-QDA project (codes nest at most 64 deep): the DOM checks each new child against
     * all its ancestors, so 100,000 codes inside each other took hours to build.
     */
    static final int MAX_DEPTH = 1_000;

    private final Document document;
    private final ExchangeLimits limits;

    DomFromStream(ExchangeLimits limits) {
        this.limits = limits;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            this.document = f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no DOM implementation", e);
        }
    }

    /** An empty element with the attributes of the start tag the reader stands on; the reader does not move. */
    Element shell(XMLStreamReader in) {
        limits.count(in.getLocalName());
        Element e = document.createElementNS(emptyToNull(in.getNamespaceURI()), qualified(in.getPrefix(),
                in.getLocalName()));
        for (int i = 0; i < in.getAttributeCount(); i++) {
            e.setAttributeNS(emptyToNull(in.getAttributeNamespace(i)), qualified(in.getAttributePrefix(i),
                    in.getAttributeLocalName(i)), in.getAttributeValue(i));
        }
        return e;
    }

    /** The element the reader stands on (a start tag) with everything in it; the reader is left on its end tag. */
    Element element(XMLStreamReader in) throws XMLStreamException {
        return element(in, null, null);
    }

    /**
     * As {@link #element(XMLStreamReader)}, except that each element named {@code apart} inside it is built on its
     * own and handed to {@code each} with the element it stands in, instead of being added: a source's selections,
     * each turned into plain data before the next is read, so one source of 200,000 is never a DOM at once.
     */
    Element element(XMLStreamReader in, String apart, BiConsumer<Element, Element> each) throws XMLStreamException {
        Element top = shell(in);
        Node current = top;
        int depth = 1;
        while (depth > 0) {
            switch (in.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (depth == MAX_DEPTH) {
                        throw new XMLStreamException("elements nested more than " + MAX_DEPTH + " deep, "
                                + "which no REFI-QDA project has", in.getLocation());
                    }
                    if (in.getLocalName().equals(apart)) {
                        each.accept((Element) current, element(in));
                        continue;
                    }
                    Element child = shell(in);
                    current.appendChild(child);
                    current = child;
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    current = current.getParentNode();
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!in.isWhiteSpace()) {
                        current.appendChild(document.createTextNode(in.getText()));
                    }
                }
                case XMLStreamConstants.DTD -> throw new XMLStreamException("DOCTYPE inside an element");
                default -> {
                    // Comments, processing instructions, ignorable white space: nothing Dom reads.
                }
            }
        }
        return top;
    }

    /** Skips the element the reader stands on (a start tag); the reader is left on its end tag. */
    static void skip(XMLStreamReader in) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String qualified(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
