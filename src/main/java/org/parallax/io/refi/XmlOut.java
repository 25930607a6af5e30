package org.parallax.io.refi;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.parallax.io.refi.ExchangeProject.CodeNode;
import org.parallax.io.refi.ExchangeProject.CodeSet;

/** A thin XML writer over StAX for the REFI-QDA files: UTF-8, one namespace, null attributes left out. */
final class XmlOut {
    private final ByteArrayOutputStream bytes;
    private final XMLStreamWriter xml;

    /** A document kept in memory, returned by {@link #finish()}. */
    XmlOut(String rootName, String namespace) {
        this(rootName, namespace, new ByteArrayOutputStream());
    }

    /**
     * A document written straight to {@code out}, which stays open: the project.qde of 1,000 documents with
     * 200,000 passages is 146 MB, and held in memory it took the export past a 256 MB heap.
     */
    XmlOut(String rootName, String namespace, OutputStream out) {
        this.bytes = out instanceof ByteArrayOutputStream kept ? kept : null;
        try {
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(namespace);
            xml.writeStartElement(namespace, rootName);
            xml.writeDefaultNamespace(namespace);
        } catch (XMLStreamException e) {
            throw new RefiException("cannot write XML (" + e.getMessage() + ")", e);
        }
    }

    XmlOut start(String element) {
        return run(() -> xml.writeStartElement(element));
    }

    XmlOut attr(String name, Object value) {
        return value == null ? this : run(() -> xml.writeAttribute(name, xmlSafe(String.valueOf(value))));
    }

    XmlOut text(String element, String content) {
        if (content == null) {
            return this;
        }
        return run(() -> {
            xml.writeStartElement(element);
            xml.writeCharacters(xmlSafe(content));
            xml.writeEndElement();
        });
    }

    XmlOut ref(String element, String targetGuid) {
        return run(() -> {
            xml.writeEmptyElement(element);
            xml.writeAttribute("targetGUID", targetGuid);
        });
    }

    XmlOut end() {
        return run(xml::writeEndElement);
    }

    /** Ends the root element; returns the document's UTF-8 bytes when kept in memory, else null. */
    byte[] finish() {
        run(() -> {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            // Flushes, and leaves the stream open (StAX never closes it).
            xml.close();
        });
        return bytes == null ? null : bytes.toByteArray();
    }

    /** Writes a code tree as nested Code elements, the same in .qde and .qdc. */
    void codes(List<CodeNode> codes) {
        start("Codes");
        codes.forEach(this::code);
        end();
    }

    private void code(CodeNode code) {
        start("Code").attr("guid", code.guid()).attr("name", code.name()).attr("isCodable", code.codable())
                .attr("color", code.color());
        text("Description", code.description());
        code.noteGuids().forEach(n -> ref("NoteRef", n));
        code.children().forEach(this::code);
        end();
    }

    /** Writes sets of codes; {@code memberElement} is MemberCode in both schemas, its attribute differs. */
    void sets(List<CodeSet> sets, boolean codebookSchema) {
        if (sets.isEmpty()) {
            return;
        }
        start("Sets");
        for (CodeSet set : sets) {
            start("Set").attr("guid", set.guid()).attr("name", set.name());
            text("Description", set.description());
            for (String member : set.codeGuids()) {
                if (codebookSchema) {
                    start("MemberCode").attr("guid", member).end();
                } else {
                    ref("MemberCode", member);
                }
            }
            end();
        }
        end();
    }

    /** XML 1.0 cannot carry most control characters (PDF text often has form feeds): they become spaces. */
    static String xmlSafe(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (!allowed) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? s : out.toString();
    }

    private XmlOut run(XmlStep step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new RefiException("cannot write XML (" + e.getMessage() + ")", e);
        }
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
