package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ContentHash;

class PlainTextImportTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void readsEnglishTextFileVerbatimWithTheFileNameAsTitle() {
        ImportedText imported = reader.read(CorpusFiles.path(CorpusFiles.KREMLIN_READOUT));

        assertThat(imported.text()).isEqualTo(CorpusFiles.text(CorpusFiles.KREMLIN_READOUT)).hasSize(785);
        assertThat(imported.text()).contains("“Joint efforts” operation held by NATO in the Mediterranean",
                "In 2005, around 200 joint events are planned in the military sphere.");
        assertThat(imported.title()).isEqualTo("russia nato cooperation war on terrorism kremlin");
        assertThat(imported.date()).isEqualTo(java.time.LocalDate.of(2005, 6, 24));
        assertThat(imported.language()).isEqualTo("en");
        assertThat(imported.format()).isEqualTo("txt");
    }

    @Test
    void readsMarkdownAndStripsHeadingMarksFromTitle() {
        ImportedText imported = reader.read(CorpusFiles.path(CorpusFiles.TREATY_MD));

        assertThat(imported.text()).startsWith("NORTH ATLANTIC TREATY\n").contains("\nArticle 14\n")
                .contains("bij strengthening their free institutions").doesNotContain("#");
        assertThat(imported.title()).isEqualTo("NORTH ATLANTIC TREATY");
        assertThat(imported.format()).isEqualTo("md");
        assertThat(imported.language()).isEqualTo("en");
    }

    @Test
    void underscoresInAFileNameReadAsSpacesInTheTitle() throws IOException {
        Path speech = write("Kremlin_speech_2007.txt", "Thank you.".getBytes(StandardCharsets.UTF_8));
        Path dated = write("2007-02-10__Munich__speech_.txt", "Thank you.".getBytes(StandardCharsets.UTF_8));
        Path onlyUnderscores = write("___.txt", "Thank you.".getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(speech).title()).isEqualTo("Kremlin speech 2007");
        assertThat(reader.read(dated).title()).isEqualTo("Munich speech");
        assertThat(reader.read(onlyUnderscores).title()).isEqualTo("___");
    }

    @Test
    void recognisesRussianText() {
        ImportedText imported = reader.read(CorpusFiles.path(CorpusFiles.RUSSIAN));

        assertThat(imported.text()).hasSize(3013).startsWith("Современный мир переживает фундаментальные");
        assertThat(imported.language()).isEqualTo("ru");
        assertThat(imported.title()).isEqualTo("foreign policy concept rf excerpt scrf");
    }

    @Test
    void crlfAndLoneCrBecomeLineFeeds() throws IOException {
        String original = CorpusFiles.text(CorpusFiles.KREMLIN_READOUT) + "\n\n" + CorpusFiles.text(CorpusFiles.RUSSIAN);
        Path crlf = write("crlf.txt", original.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Path cr = write("cr.txt", original.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(crlf).text()).isEqualTo(original);
        assertThat(reader.read(cr).text()).isEqualTo(original);
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws IOException {
        String original = CorpusFiles.text(CorpusFiles.RUSSIAN);
        byte[] body = original.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        ImportedText imported = reader.read(write("bom.txt", withBom));

        assertThat(imported.text()).isEqualTo(original);
        assertThat(imported.title()).isEqualTo("bom");
    }

    @Test
    void decomposedLettersAreComposedToNfc() throws IOException {
        String original = CorpusFiles.text(CorpusFiles.KREMLIN_ACCENTED);
        String decomposed = java.text.Normalizer.normalize(original, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(original);

        assertThat(reader.read(write("nfd.txt", decomposed.getBytes(StandardCharsets.UTF_8))).text())
                .isEqualTo(original).contains("José Mário Vaz");
    }

    @Test
    void whitespaceOnlyFileIsRejected() throws IOException {
        Path blank = write("blank.txt", " \r\n\t\n ".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(blank)).isInstanceOf(ImportException.class)
                .hasMessage("blank.txt: contains no text");
    }

    @Test
    void aFileOfSpacesThatAreNotAsciiAndOfInvisibleMarksIsRejected() throws IOException {
        // no-break, em and ideographic spaces, a zero-width space, a right-to-left mark, a zero-width no-break space
        Path spaces = write("spaces.txt", "\u00A0\u2003\n\u3000\u200B\u200F\uFEFF\n".getBytes(StandardCharsets.UTF_8));
        Path page = write("empty.html", "<html><body><p>&nbsp;</p><p>&#8203;</p></body></html>"
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(spaces)).isInstanceOf(ImportException.class)
                .hasMessage("spaces.txt: contains no text");
        assertThatThrownBy(() -> reader.read(page)).isInstanceOf(ImportException.class)
                .hasMessage("empty.html: contains no text");
        assertThat(reader.read(write("one.txt", "\u00A0\u0645\u200F".getBytes(StandardCharsets.UTF_8))).text())
                .as("one Arabic letter among them is text").contains("\u0645");
    }

    @Test
    void extensionIsMatchedCaseInsensitively() throws IOException {
        Path upper = write("READOUT.TXT", CorpusFiles.text(CorpusFiles.KREMLIN_READOUT).getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(upper).format()).isEqualTo("txt");
    }

    @Test
    void contentHashIsSha256OfUtf8Bytes() {
        assertThat(ContentHash.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ContentHash.sha256Hex(CorpusFiles.text(CorpusFiles.RUSSIAN)))
                .isNotEqualTo(ContentHash.sha256Hex(CorpusFiles.text(CorpusFiles.KREMLIN_READOUT)))
                .hasSize(64);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
