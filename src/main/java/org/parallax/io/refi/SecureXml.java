package org.parallax.io.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML from untrusted files: no DOCTYPE at all (so no entity expansion, internal or external),
 * secure processing on, no access to external DTDs or schemas, no XInclude.
 */
final class SecureXml {
    private SecureXml() {
    }

    /** Parses {@code bytes}; {@code what} names the file in error messages. */
    static Document parse(byte[] bytes, String what) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new SilentErrors());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            throw new RefiException(what + ": not readable XML (" + oneLine(e.getMessage()) + ")", e);
        } catch (IOException | ParserConfigurationException e) {
            throw new RefiException(what + ": cannot be read (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    /** The parser quotes the offending text, line breaks and all; the error must stay one line. */
    private static String oneLine(String message) {
        return message == null ? "damaged XML" : message.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    /** Errors become exceptions; nothing is printed to the console. */
    private static final class SilentErrors implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // A warning does not stop the parse and must not reach standard error.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
