package org.parallax.io.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.parallax.io.HardenedXml;
import org.parallax.model.TextLimits;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML from untrusted files: no DOCTYPE at all (so no entity expansion, internal or external),
 * secure processing on, no access to external DTDs or schemas, no XInclude.
 */
final class SecureXml {
    /** An XML declaration with an encoding, after a UTF-8 byte order mark if any (bytes read as ISO-8859-1). */
    private static final Pattern DECLARED = Pattern.compile(
            "(?:\u00EF\u00BB\u00BF)?<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([^\"']{1,100})[\"']");

    private SecureXml() {
    }

    /**
     * Parses {@code bytes}; {@code what} names the file in error messages. REFI-QDA files are UTF-8: when the XML
     * declaration names another encoding (or one Java does not know) but the bytes are UTF-8 with characters beyond
     * ASCII, they are read as UTF-8 and {@code notes} says so. Read as declared, every such character came in as
     * two or three wrong ones ("ÐÐ¾Ð½ÑÐµÐ¿ÑÐ¸Ñ" for "Концепция") in titles, codes and memos, without a word.
     */
    static Document parse(byte[] bytes, String what, List<String> notes) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new SilentErrors());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            String declared = declaredEncoding(bytes);
            if (declared != null && !declared.toLowerCase(Locale.ROOT).matches("utf-?8") && wellFormedUtf8(bytes)
                    && (beyondAscii(bytes) || !known(declared))) {
                notes.add(what + ": declares the encoding " + TextLimits.shown(declared) + ", but its text is UTF-8"
                        + " (as REFI-QDA requires); read as UTF-8");
                return builder.parse(new InputSource(new StringReader(new String(bytes, StandardCharsets.UTF_8))));
            }
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            if (String.valueOf(e.getMessage()).contains("disallow-doctype-decl")) {
                // The parser's own words name its feature's URL, which tells a researcher nothing.
                throw refuseDoctype(what);
            }
            throw new RefiException(what + ": not readable XML (" + oneLine(e.getMessage()) + ")", e);
        } catch (IOException | ParserConfigurationException e) {
            throw new RefiException(what + ": cannot be read (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * A streaming (StAX) reader over the XML that {@code open} gives afresh each time it is called, hardened as
     * {@link #parse} is: a DOCTYPE is refused when the reader meets it ({@link #refuseDoctype}), no DTD is read and
     * no entity expanded. The encoding is decided as {@link #parse} decides it; checking that the whole file is
     * UTF-8 takes one more pass over it, made only when its declaration names another encoding.
     */
    static XmlStream stream(StreamOpener open, String what, List<String> notes) {
        try {
            byte[] start;
            try (InputStream in = open.open()) {
                start = in.readNBytes(400);
            }
            String declared = declaredEncoding(start);
            XMLInputFactory factory = streamFactory();
            if (declared != null && !declared.toLowerCase(Locale.ROOT).matches("utf-?8")) {
                Utf8Check check;
                try (InputStream in = open.open()) {
                    check = Utf8Check.of(in);
                }
                if (check.wellFormed() && (check.beyondAscii() || !known(declared))) {
                    notes.add(what + ": declares the encoding " + TextLimits.shown(declared) + ", but its text is"
                            + " UTF-8 (as REFI-QDA requires); read as UTF-8");
                    InputStream in = open.open();
                    return new XmlStream(factory.createXMLStreamReader(new java.io.InputStreamReader(in,
                            StandardCharsets.UTF_8)), in);
                }
            }
            InputStream in = open.open();
            return new XmlStream(factory.createXMLStreamReader(in), in);
        } catch (XMLStreamException e) {
            throw notReadable(what, e);
        } catch (IOException e) {
            throw new RefiException(what + ": cannot be read (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    /** The refusal of a DOCTYPE met by a {@link #stream} reader, worded as {@link #parse}'s. */
    static RefiException refuseDoctype(String what) {
        return new RefiException(what + ": not readable XML (a DOCTYPE is not allowed: REFI-QDA files have none, and"
                + " its entities could read other files)");
    }

    /** A streaming reader's error as one line naming the file. */
    static RefiException notReadable(String what, XMLStreamException e) {
        return new RefiException(what + ": not readable XML (" + HardenedXml.describe(e) + ")", e);
    }

    /** A streaming reader with the stream under it, which closing the reader alone would leave open. */
    record XmlStream(XMLStreamReader reader, InputStream input) implements AutoCloseable {
        @Override
        public void close() {
            try {
                reader.close();
                input.close();
            } catch (XMLStreamException | IOException e) {
                // Read to the end or refused already: nothing of it is used after this.
            }
        }
    }

    /** Opens the XML from its start, each call a new stream. */
    @FunctionalInterface
    interface StreamOpener {
        InputStream open() throws IOException;
    }

    private static XMLInputFactory streamFactory() {
        return HardenedXml.streamFactory();
    }

    /** Whether a stream is well-formed UTF-8 and whether it holds characters beyond ASCII, read in pieces. */
    private record Utf8Check(boolean wellFormed, boolean beyondAscii) {
        static Utf8Check of(InputStream in) throws IOException {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            boolean beyondAscii = false;
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    for (int i = bytes.position(); i < bytes.position() + n; i++) {
                        beyondAscii |= bytes.array()[i] < 0;
                    }
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                if (decoder.decode(bytes, chars, end).isError()) {
                    return new Utf8Check(false, beyondAscii);
                }
                chars.clear();
                bytes.compact();
            }
            return new Utf8Check(true, beyondAscii);
        }
    }

    /** The encoding named by an XML declaration in an ASCII-compatible file, or null. */
    private static String declaredEncoding(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(start);
        return m.lookingAt() ? m.group(1) : null;
    }

    private static boolean wellFormedUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static boolean beyondAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean known(String encoding) {
        try {
            return Charset.isSupported(encoding);
        } catch (IllegalArgumentException illegalName) {
            return false;
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
