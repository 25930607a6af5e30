package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LibreOffice .odt files come in as the .docx import makes them: paragraphs in order, hidden and deleted text out. */
class OdtImportTest {
    private final DocumentReader reader = new DocumentReader();

    /** The corpus texts converted by LibreOffice come back paragraph for paragraph, word for word. */
    @ParameterizedTest
    @ValueSource(strings = {CorpusFiles.KREMLIN_READOUT, CorpusFiles.RUSSIAN})
    void readsLibreOfficeFilesParagraphForParagraph(String source) {
        String name = source.replaceFirst("\\.txt$", ".odt");

        ImportedText imported = reader.read(fixture(name));

        assertThat(imported.text()).isEqualTo(String.join("\n\n", CorpusFiles.paragraphs(source)) + "\n");
        assertThat(imported.text().split("\\s+")).containsExactly(CorpusFiles.text(source).strip().split("\\s+"));
        assertThat(imported.format()).isEqualTo("odt");
        assertThat(imported.title()).isEqualTo(TitleGuess.fromFileName(Path.of(name), imported.language()));
        assertThat(imported.language()).isEqualTo(source.endsWith("_ru.txt") ? "ru" : "en");
        assertThat(imported.date()).isEqualTo(IsoDates.leading(name));
        assertThat(imported.warnings()).isEmpty();
    }

    /**
     * A file LibreOffice wrote (from features.fodt) with what interview transcripts hold: spaces, a tab and a line
     * break kept; the tracked deletion out and the insertion in; the footnote's mark in place and its text after the
     * paragraph; list items, table cells and a text box's paragraph each a paragraph; the comment, a hidden span, a
     * hidden paragraph and a hidden section out, and counted.
     */
    @Test
    void readsWhatLibreOfficeShowsInDocumentOrder() {
        ImportedText imported = reader.read(fixture("features.odt"));

        assertThat(imported.text()).isEqualTo("""
                Interview 4

                Q: What did the Council  decide?\t(12:04)
                A: NATO reassures Russia.[1] [1: Said twice.]

                first point

                second point

                nested point

                Article 5

                collective defence

                Москва, Кремль.

                Sidebar text
                """);
        assertThat(imported.title()).isEqualTo("Interview 4: the Council");
        assertThat(imported.date()).isNull();
        assertThat(imported.attributes()).containsEntry(DocumentReader.FILE_CREATED, "2026-11-30");
        assertThat(imported.warnings()).containsExactly("features.odt: 49 characters of hidden text (hidden"
                + " character styles, paragraphs, sections and fields, which LibreOffice neither shows nor prints unless"
                + " asked to) were left out");
    }

    /**
     * White space in the XML collapses to one space, none at a paragraph's start; one at its end stays, as LibreOffice
     * writes a line's trailing space so (a decree converted from text came back without it).
     */
    @Test
    void whiteSpaceCollapsesAsLibreOfficeReadsIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ukaz.odt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write((HostileOdtTest.OPEN + "<text:p>\n   от 13.09.2004 г.\n   N 1161 дсп) </text:p>"
                    + "<text:p><text:s text:c=\"5\"/>федеральное</text:p>" + HostileOdtTest.CLOSE)
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThat(reader.read(file).text()).isEqualTo("от 13.09.2004 г. N 1161 дсп) \n\n     федеральное\n");
    }

    @Test
    void odtIsASupportedExtensionInAnyCase() {
        assertThat(DocumentReader.isSupported(Path.of("minutes.ODT"))).isTrue();
    }

    static Path fixture(String name) {
        try {
            return Path.of(OdtImportTest.class.getResource("/odt/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
