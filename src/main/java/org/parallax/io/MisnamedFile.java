package org.parallax.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A document whose content is another format than its name says (a .docx saved or renamed as .pdf or .odt), told by
 * its first bytes and the names of its zip entries: each format's reader refused it in its own terms ("not a PDF
 * file (no %PDF header)", "not an ODT file (no content.xml)"), which left the researcher wondering what was wrong
 * with a file their word processor opens. It is named as what it is, with the name to give it, as a PDF or a zip
 * archive under a .txt name is ({@link TextFileDecoder}).
 */
final class MisnamedFile {
    /** Zip entry names are stored as they are; ODF puts its uncompressed mimetype entry first in the archive. */
    private static final String WORD_MAIN_PART = "word/document.xml";
    private static final String ODF_TEXT = "mimetypeapplication/vnd.oasis.opendocument.text";
    private static final String EXCEL_WORKBOOK = "xl/workbook.xml";

    private MisnamedFile() {
    }

    /** The refusal naming what {@code bytes} are, when they are a known format other than {@code format}. */
    static Optional<ImportException> refusal(Path file, byte[] bytes, String format) {
        return actualFormat(bytes).filter(actual -> !actual.extension().equals("." + format))
                .map(actual -> new ImportException(file, "is " + actual.described() + " with a " + suffix(file)
                        + " name; " + actual.advice()));
    }

    private static Optional<Actual> actualFormat(byte[] bytes) {
        if (TextFileDecoder.isPdf(bytes)) {
            return Optional.of(new Actual(".pdf", "a PDF file", null));
        }
        if (startsWith(bytes, "{\\rtf")) {
            return Optional.of(new Actual(".rtf", "an RTF document", null));
        }
        if (startsWith(bytes, "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1")) {
            return Optional.of(new Actual(".doc", "an older binary Office file (.doc?)",
                    "open it in Word or LibreOffice and save it as .docx to import it"));
        }
        if (!startsWith(bytes, "PK\u0003\u0004")) {
            return Optional.empty();
        }
        if (new String(bytes, 0, Math.min(bytes.length, 30 + ODF_TEXT.length()), StandardCharsets.ISO_8859_1)
                .startsWith(ODF_TEXT, 30)) {
            return Optional.of(new Actual(".odt", "an OpenDocument text (.odt)", null));
        }
        if (holds(bytes, WORD_MAIN_PART)) {
            return Optional.of(new Actual(".docx", "a Word document (.docx)", null));
        }
        if (holds(bytes, EXCEL_WORKBOOK)) {
            return Optional.of(new Actual(".xlsx", "an Excel workbook (.xlsx)",
                    "save its text as a document to import it"));
        }
        return Optional.empty();
    }

    private static String suffix(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.substring(name.lastIndexOf('.'));
    }

    /** Whether {@code ascii} occurs in {@code bytes}, read without copying a file of many megabytes. */
    private static boolean holds(byte[] bytes, String ascii) {
        byte first = (byte) ascii.charAt(0);
        for (int i = 0; i + ascii.length() <= bytes.length; i++) {
            if (bytes[i] == first && ascii.equals(new String(bytes, i, ascii.length(), StandardCharsets.ISO_8859_1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((bytes[i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** What the bytes are: the extension that fits them, the words for them, what to do (null: rename it). */
    private record Actual(String extension, String described, String todo) {
        String advice() {
            return todo != null ? todo : "rename it to " + extension + " to import it";
        }
    }
}
