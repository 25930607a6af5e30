package org.parallax.io.refi;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers that match elements by local name, so files with or without the namespace both read. */
final class Dom {
    private Dom() {
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(name(e))) {
                out.add(e);
            }
        }
        return out;
    }

    static Optional<Element> child(Element parent, String localName) {
        List<Element> all = children(parent, localName);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Elements {@code parent/container/item}, e.g. Users/User. */
    static List<Element> items(Element parent, String container, String item) {
        return child(parent, container).map(c -> children(c, item)).orElse(List.of());
    }

    static String name(Element e) {
        return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
    }

    /** The attribute's value, or null when absent or blank. */
    static String attr(Element e, String name) {
        String value = e.getAttribute(name);
        return value == null || value.isBlank() ? null : value;
    }

    static String childText(Element parent, String localName) {
        return child(parent, localName).map(Element::getTextContent).filter(s -> !s.isBlank()).orElse(null);
    }

    /** The targetGUIDs of {@code parent}'s reference children of this name (canonical spelling). */
    static List<String> refs(Element parent, String localName) {
        return children(parent, localName).stream().map(e -> RefiIds.canonical(attr(e, "targetGUID")))
                .filter(s -> s != null).toList();
    }

    /** An xsd:dateTime as an Instant; null when absent or unreadable (a local time is read as UTC). */
    static Instant instant(Element e, String name) {
        String value = attr(e, name);
        if (value == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return java.time.LocalDateTime.parse(value).toInstant(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
