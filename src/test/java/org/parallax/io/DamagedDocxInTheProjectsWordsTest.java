package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged .docx is refused in one line that says what is damaged, in the project's words: the line quoted POI's
 * parser and the standard's rules ("The element type "w:t" must be terminated by …", "OOXML file structure
 * broken/invalid - no core document found!", "A segment shall not end with a dot ('.') character [M1.9]").
 */
class DamagedDocxInTheProjectsWordsTest {
    private static final String DOCUMENT = "word/document.xml";
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void aTextPartCutOffIsNamedAsCutOffOrGarbled() throws IOException {
        Path cut = rewritten("cut.docx", DOCUMENT, xml -> xml.substring(0, xml.indexOf("</w:t>")));

        assertThat(refusal(cut)).isEqualTo("cut.docx: damaged DOCX file (its part word/document.xml is cut off or "
                + "garbled, not readable XML, so Word would not open it either)");
    }

    @Test
    void aPartInAnEncodingItDoesNotDeclareIsNamedTheSameWay() throws IOException {
        Path utf16 = rewrittenBytes("utf16.docx", DOCUMENT, xml -> new String(xml, StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_16LE));

        java.io.ByteArrayOutputStream terminal = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stderr = System.err;
        String line;
        System.setErr(new java.io.PrintStream(terminal, true, StandardCharsets.UTF_8));
        try {
            line = refusal(utf16);
        } finally {
            System.setErr(stderr);
        }

        assertThat(line).isEqualTo("utf16.docx: damaged DOCX file (its part word/document.xml is cut off or garbled, "
                + "not readable XML, so Word would not open it either)");
        assertThat(terminal.toString(StandardCharsets.UTF_8)).as("an XML reader's own report").isEmpty();
    }

    @Test
    void aMissingTextPartAndAForeignOneAreSaidAsSuch() throws IOException {
        Path missing = rewritten("missing.docx", DOCUMENT, xml -> null);
        Path foreign = rewritten("foreign.docx", DOCUMENT, xml -> "<?xml version=\"1.0\"?><minutes/>");

        assertThat(refusal(missing)).isEqualTo("missing.docx: damaged DOCX file (the part holding its text, "
                + "word/document.xml, is missing, so Word would not open it either)");
        assertThat(refusal(foreign)).isEqualTo("foreign.docx: damaged DOCX file (the part holding its text, "
                + "word/document.xml, holds no Word document's text)");
    }

    @Test
    void aLinkLeadingOutOfThePackageIsSaidWithoutTheStandardsRuleNumbers() throws IOException {
        Path out = rewritten("out.docx", "word/_rels/document.xml.rels", rels -> rels.replace("</Relationships>",
                "<Relationship Id=\"rIdOut\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/aFChunk\" Target=\"../../../../etc/passwd\"/></Relationships>"));

        String line = refusal(out);

        assertThat(line).isEqualTo("out.docx: damaged DOCX file (one of its parts is named or linked in a way Word "
                + "refuses (a link leading out of the file, or a name the format does not allow), so Word would not "
                + "open it either)");
    }

    private String refusal(Path file) {
        String line = catchThrowableOfType(() -> reader.read(file), ImportException.class).getMessage();
        assertThat(line).doesNotContain("\n", "OOXML", "[M", "element type", "UTF-8 sequence", "mismatch");
        return line;
    }

    /** A real .docx with one entry's text changed by {@code edit} (left out when it gives null). */
    private Path rewritten(String name, String entryName, UnaryOperator<String> edit) throws IOException {
        return rewrittenBytes(name, entryName, bytes -> {
            String changed = edit.apply(new String(bytes, StandardCharsets.UTF_8));
            return changed == null ? null : changed.getBytes(StandardCharsets.UTF_8);
        });
    }

    private Path rewrittenBytes(String name, String entryName, UnaryOperator<byte[]> edit) throws IOException {
        Path sound = Fixtures.docx(dir.resolve("sound-" + name), null, List.of("Hello NATO and Russia."), null);
        Path target = dir.resolve(name);
        try (ZipFile in = new ZipFile(sound.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(entryName)) {
                    bytes = edit.apply(bytes);
                    if (bytes == null) {
                        continue;
                    }
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return target;
    }
}
