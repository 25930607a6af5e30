package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Why a .docx that passed the zip guards could not be read, in the project's words: POI's own ("The element type
 * "w:t" must be terminated by …", "OOXML file structure broken/invalid - no core document found!", "A segment shall
 * not end with a dot ('.') character [M1.9]") name its parser and the standard's rules, not what is wrong with the
 * file. A part that is not sound XML is found by reading the parts again, which costs nothing on a sound file.
 */
final class DocxDamage {
    private static final System.Logger LOG = System.getLogger(DocxDamage.class.getName());
    private static final String MAIN_PART = "word/document.xml";

    private DocxDamage() {
    }

    /** The reason {@code bytes}, a zip archive the guards let through, failed POI's reading with {@code e}. */
    static String reason(byte[] bytes, Exception e) {
        String words = e.getMessage() == null ? "" : e.getMessage();
        if (words.contains("DOCTYPE")) {
            return "contains a DOCTYPE declaration, refused for safety";
        }
        if (words.contains("no core document") || words.contains("core document")) {
            return "the part holding its text, " + MAIN_PART + ", is missing, so Word would not open it either";
        }
        if (words.contains("document element mismatch")) {
            return "the part holding its text, " + MAIN_PART + ", holds no Word document's text";
        }
        if (words.matches("(?s).*\\[M\\d+\\.\\d+].*")) {
            return "one of its parts is named or linked in a way Word refuses (a link leading out of the file, or a "
                    + "name the format does not allow), so Word would not open it either";
        }
        Optional<String> unreadable = firstUnreadablePart(bytes);
        if (unreadable.isPresent()) {
            return "its part " + unreadable.get() + " is cut off or garbled, not readable XML, so Word would not open "
                    + "it either";
        }
        LOG.log(System.Logger.Level.WARNING, "A .docx refused by its reader for a reason not told apart", e);
        return "its parts cannot be read as a Word document's, so Word would likely not open it either";
    }

    /** The first XML part (the text's part first) that a hardened reader cannot read to its end. */
    private static Optional<String> firstUnreadablePart(byte[] bytes) {
        SAXParser xml = saxParser();
        try (ZipFile zip = new ZipFile(new SeekableInMemoryByteChannel(bytes))) {
            List<ZipArchiveEntry> parts = new ArrayList<>(Collections.list(zip.getEntries()));
            parts.removeIf(entry -> !entry.getName().endsWith(".xml") && !entry.getName().endsWith(".rels"));
            parts.sort(Comparator.comparing(entry -> !entry.getName().equals(MAIN_PART)));
            for (ZipArchiveEntry part : parts) {
                if (!readsToTheEnd(xml, zip, part)) {
                    return Optional.of(named(part.getName()));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A part's name as the file gives it, fit for one line: no control characters, not endless. */
    private static String named(String name) {
        String printable = name.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }

    /**
     * SAX with a handler of its own: the JDK's streaming reader prints "[Fatal Error] …" on the terminal for bytes
     * that are not in the part's encoding. No DOCTYPE is read (a part declaring one was refused before this).
     */
    private static boolean readsToTheEnd(SAXParser sax, ZipFile zip, ZipArchiveEntry part) {
        try (InputStream in = zip.getInputStream(part)) {
            sax.reset();
            sax.parse(in, new DefaultHandler());
            return true;
        } catch (SAXException | IOException | RuntimeException e) {
            // bytes not in the part's encoding come as an IOException (a CharConversionException)
            return false;
        }
    }

    private static SAXParser saxParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's SAX parser cannot be configured", e);
        }
    }
}
