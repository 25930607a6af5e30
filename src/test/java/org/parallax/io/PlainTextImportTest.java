package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextImportTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void readsEnglishTextFileVerbatimWithFirstLineAsTitle() {
        ImportedText imported = reader.read(CorpusFiles.path(CorpusFiles.KREMLIN_READOUT));

        assertThat(imported.text()).isEqualTo(CorpusFiles.text(CorpusFiles.KREMLIN_READOUT)).hasSize(785);
        assertThat(imported.text()).contains("“Joint efforts” operation held by NATO in the Mediterranean",
                "In 2005, around 200 joint events are planned in the military sphere.");
        assertThat(imported.title()).startsWith("At a meeting with the General Secretary of the North Atlantic")
                .hasSize(TitleGuess.MAX_LENGTH);
        assertThat(imported.language()).isEqualTo("en");
        assertThat(imported.format()).isEqualTo("txt");
    }

    @Test
    void readsMarkdownAndStripsHeadingMarksFromTitle() {
        ImportedText imported = reader.read(CorpusFiles.path(CorpusFiles.TREATY_MD));

        assertThat(imported.text()).hasSize(7073).startsWith("####NORTH ATLANTIC TREATY\n")
                .contains("bij strengthening their free institutions");
        assertThat(imported.title()).isEqualTo("NORTH ATLANTIC TREATY");
        assertThat(imported.format()).isEqualTo("md");
        assertThat(imported.language()).isEqualTo("en");
    }

    @Test
    void markdownTitleSkipsYamlFrontMatter() {
        ImportedText imported = reader.read(CorpusFiles.path(CorpusFiles.WHITEHOUSE_MD));

        assertThat(imported.text()).hasSize(1183).startsWith("---\ntags: statements-releases\n");
        assertThat(imported.title()).isEqualTo("President Joseph R. Biden, Jr. met today with Secretary General Jens");
    }

    @Test
    void recognisesRussianText() {
        ImportedText imported = reader.read(CorpusFiles.path(CorpusFiles.RUSSIAN));

        assertThat(imported.text()).hasSize(3013).startsWith("Современный мир переживает фундаментальные");
        assertThat(imported.language()).isEqualTo("ru");
        assertThat(imported.title()).startsWith("Современный мир").hasSize(200);
    }

    @Test
    void crlfAndLoneCrBecomeLineFeeds() throws IOException {
        String original = CorpusFiles.text(CorpusFiles.TREATY_MD);
        Path crlf = write("crlf.md", original.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        Path cr = write("cr.md", original.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));

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
        assertThat(imported.title()).startsWith("Современный");
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
