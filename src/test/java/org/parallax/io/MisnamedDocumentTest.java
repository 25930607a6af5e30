package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document saved or renamed under another format's name is named as what it is, with the name to give it: a
 * Word document named .pdf read "not a PDF file (no %PDF header)" and named .odt "not an ODT file (no content.xml)",
 * which left the researcher wondering what was wrong with a file their word processor opens.
 */
class MisnamedDocumentTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void aWordDocumentNamedPdfOrOdtIsNamedAsAWordDocument() throws IOException {
        Path word = Fixtures.docx(dir.resolve("speech.docx"), null, List.of("Hello NATO and Russia."), null);
        Path asPdf = Files.copy(word, dir.resolve("speech.pdf"));
        Path asOdt = Files.copy(word, dir.resolve("speech.odt"));

        assertThatThrownBy(() -> reader.read(asPdf)).isInstanceOf(ImportException.class)
                .hasMessage("speech.pdf: is a Word document (.docx) with a .pdf name; rename it to .docx to import it");
        assertThatThrownBy(() -> reader.read(asOdt)).isInstanceOf(ImportException.class)
                .hasMessage("speech.odt: is a Word document (.docx) with a .odt name; rename it to .docx to import it");
        assertThat(reader.read(word).text()).isEqualTo("Hello NATO and Russia.\n");
    }

    @Test
    void anOdtAPdfAndAnRtfUnderAnotherDocumentsNameAreNamedAsWhatTheyAre() throws IOException {
        Path odt = Files.copy(OdtImportTest.fixture("features.odt"), dir.resolve("minutes.docx"));
        Path pdf = Files.copy(Fixtures.pdf(dir.resolve("real.pdf"), List.of("A line of a PDF.")),
                dir.resolve("report.odt"));
        Path rtf = Files.writeString(dir.resolve("letter.pdf"), "{\\rtf1\\ansi A letter.}", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> reader.read(odt)).hasMessage("minutes.docx: is an OpenDocument text (.odt) with a "
                + ".docx name; rename it to .odt to import it");
        assertThatThrownBy(() -> reader.read(pdf)).hasMessage("report.odt: is a PDF file with a .odt name; rename it "
                + "to .pdf to import it");
        assertThatThrownBy(() -> reader.read(rtf)).hasMessage("letter.pdf: is an RTF document with a .pdf name; "
                + "rename it to .rtf to import it");
    }

    @Test
    void aDamagedFileOfItsOwnFormatKeepsItsOwnReason() throws IOException {
        Path pdf = Fixtures.pdf(dir.resolve("whole.pdf"), List.of("A line of a PDF."));
        byte[] bytes = Files.readAllBytes(pdf);
        Path cut = Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(bytes, bytes.length - 40));

        assertThatThrownBy(() -> reader.read(cut))
                .hasMessage("cut.pdf: damaged or truncated PDF (no end-of-file marker)");
    }
}
