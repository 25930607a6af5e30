package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rich Text files come in as the .docx import makes them, whatever code page or Unicode escapes they use. */
class RtfImportTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    /** The corpus texts converted by LibreOffice (Russian as Unicode escapes) come back paragraph for paragraph. */
    @ParameterizedTest
    @ValueSource(strings = {CorpusFiles.KREMLIN_READOUT, CorpusFiles.RUSSIAN})
    void readsLibreOfficeFilesParagraphForParagraph(String source) {
        String name = source.replaceFirst("\\.txt$", ".rtf");

        ImportedText imported = reader.read(fixture(name));

        assertThat(imported.text()).isEqualTo(String.join("\n\n", CorpusFiles.paragraphs(source)) + "\n");
        assertThat(imported.format()).isEqualTo("rtf");
        assertThat(imported.title()).isEqualTo(TitleGuess.fromFileName(Path.of(name), imported.language()));
        assertThat(imported.language()).isEqualTo(source.endsWith("_ru.txt") ? "ru" : "en");
        assertThat(imported.date()).isEqualTo(IsoDates.leading(name));
        assertThat(imported.attributes()).doesNotContainKey(DocumentReader.FILE_CREATED);
    }

    /**
     * LibreOffice's RTF of the .odt features file: the tracked deletion ({@code \deleted}), the comment, list labels
     * and hidden text out; the footnote ({@code \*\footnote}) and the text box ({@code \shptxt}) placed as the .docx
     * import places them. RTF has no hidden sections, so LibreOffice wrote that one as shown text.
     */
    @Test
    void readsWhatWordShowsInDocumentOrder() {
        ImportedText imported = reader.read(fixture("features.rtf"));

        assertThat(imported.text()).isEqualTo("""
                Interview 4

                Q: What did the Council  decide?\t(12:04)
                A: NATO reassures Russia.[1] [1: Said twice.]

                first point

                second point

                nested point

                Article 5

                collective defence

                Hidden section.

                Москва, Кремль.

                Sidebar text
                """);
        assertThat(imported.title()).isEqualTo("Interview 4: the Council");
        assertThat(imported.attributes()).containsEntry(DocumentReader.FILE_CREATED, "2026-11-30");
        assertThat(imported.warnings()).containsExactly("features.rtf: 35 characters of hidden text (\\v, which Word"
                + " neither shows nor prints unless asked to) were left out");
    }

    /** WordPad on a Russian system writes Windows-1251 bytes; Word writes them under a Cyrillic font's charset. */
    @Test
    void readsWindows1251FromTheDocumentsCodePageOrTheFontsCharset() throws IOException {
        String bytes = "\\'cc\\'ee\\'f1\\'ea\\'e2\\'e0 \\'e8 \\'c2\\'e0\\'f8\\'e8\\'ed\\'e3\\'f2\\'ee\\'ed\\par\n}";
        Path wordpad = rtf("wordpad.rtf", "{\\rtf1\\ansi\\ansicpg1251\\deff0\\nouicompat{\\fonttbl{\\f0\\fnil\\fcharset0"
                + " Calibri;}}{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \\pard\\f0\\fs22\\lang1049 " + bytes);
        Path word = rtf("word.rtf", "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times;}"
                + "{\\f1\\fswiss\\fcharset204 Arial;}}\\pard\\plain\\f1 " + bytes);

        assertThat(reader.read(wordpad).text()).isEqualTo("Москва и Вашингтон\n");
        assertThat(reader.read(word).text()).isEqualTo("Москва и Вашингтон\n");
        assertThat(reader.read(word).language()).isEqualTo("ru");
    }

    /**
     * {@code &#92;ucN} says how many fallback characters follow each {@code &#92;uN}; a negative N is a unit above 32767; two
     * escapes make a character beyond the Basic Multilingual Plane; a half without its partner becomes U+FFFD, as
     * offsets never split a code point.
     */
    @Test
    void readsUnicodeEscapesWithTheirFallbacksSkipped() throws IOException {
        Path file = rtf("unicode.rtf", "{\\rtf1\\ansi{\\info{\\title Council\\u8217?s minutes}}\\uc2 caf\\u233\\'e9\\'e9"
                + " \\uc1 \\u-10179?\\u-8704? \\u55357?x\\line two\\tab three{\\*\\unknowndest secret}\\par"
                + "{\\pict\\bin6 }{}\\{x}four\\par}");

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo("café \uD83D\uDE00 \uFFFDx\ntwo\tthree\n\nfour\n");
        assertThat(imported.title()).isEqualTo("Council’s minutes");
    }

    /** A non-breaking space, a non-breaking hyphen or a tab right after an 8-bit letter stays after it. */
    @Test
    void keepsSpacesAndHyphensAfterEightBitLettersInTheirPlace() throws IOException {
        Path file = rtf("order.rtf", "{\\rtf1\\ansi\\ansicpg1252 caf\\'e9\\~noir, d\\'e9j\\'e0\\_vu, caf\\'e9\tx\\par}");

        assertThat(reader.read(file).text()).isEqualTo("café\u00A0noir, déjà-vu, café\tx\n");
    }

    @Test
    void rtfIsASupportedExtensionInAnyCase() {
        assertThat(DocumentReader.isSupported(Path.of("transcript.RTF"))).isTrue();
    }

    private Path rtf(String name, String content) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.US_ASCII));
    }

    static Path fixture(String name) {
        try {
            return Path.of(RtfImportTest.class.getResource("/rtf/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
