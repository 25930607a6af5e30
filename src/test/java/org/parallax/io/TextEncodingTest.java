package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEncodingTest {
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM_LE = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] BOM_BE = {(byte) 0xFE, (byte) 0xFF};

    private final DocumentReader reader = new DocumentReader();
    private final String russian = CorpusFiles.text(CorpusFiles.RUSSIAN);
    private final String accented = CorpusFiles.text(CorpusFiles.KREMLIN_ACCENTED);

    @TempDir
    Path dir;

    /**
     * Japanese saved by Notepad or Excel in Shift-JIS was read as a Cyrillic code page and stored as nonsense taken
     * for Russian ("ru"), without a word; EUC-JP was refused as "does not look like text". Both are read now, and a
     * Russian or Western text in a code page is still read as before.
     */
    @Test
    void decodesJapaneseInShiftJisAndEucJp() throws IOException {
        String japanese = "北大西洋条約機構（ＮＡＴＯ）とロシアの関係について、外務大臣は次のように述べた。\n"
                + "「対話の扉は開かれている」。会議は２０１４年９月に東京で開かれた。\n";
        for (String charset : java.util.List.of("Shift_JIS", "windows-31j", "EUC-JP")) {
            Path file = write("interview.txt", japanese.getBytes(Charset.forName(charset)));

            ImportedText imported = reader.read(file);

            assertThat(imported.text()).as(charset).isEqualTo(japanese);
            assertThat(imported.warnings()).as(charset).isEmpty();
        }
        assertThat(reader.read(write("ru.txt", russian.getBytes(Charset.forName("KOI8-R")))).text()).isEqualTo(russian);
        assertThat(reader.read(write("en.txt", accented.getBytes(WINDOWS_1252))).text()).isEqualTo(accented);
    }

    @Test
    void decodesRussianWindows1251() throws IOException {
        Path file = write("ru-1251.txt", russian.getBytes(WINDOWS_1251));

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo(russian);
        assertThat(imported.language()).isEqualTo("ru");
    }

    /**
     * A Windows-1252 text whose only byte above 0x7F was a standalone "\u00d7" or "\u00e0" was read as Cyrillic:
     * "3 \u0432 4 metres" (KOI8-R), "rendez-vous \u0430 10 heures" (1251), silently. A letter alone among Western
     * words, or a times sign between numbers, is Western; alone in a line without Western words (a letter-spaced
     * "\u0423 \u041a \u0410 \u0417") it stays Cyrillic.
     */
    @Test
    void aWesternTextWhoseOnlyHighByteIsAStandaloneTimesSignOrGraveAIsReadAsWindows1252() throws IOException {
        for (String western : java.util.List.of("The room measures 3 \u00d7 4 metres and costs 20 euros.\n",
                "Rendez-vous \u00e0 10 heures.\n", "We met them \u00e0 la maison near the river.\n",
                "Screen: 1920\u00d71080\n", "12 \u00f7 4 = 3\n")) {
            Path file = write("western.txt", western.getBytes(WINDOWS_1252));

            assertThat(reader.read(file).text()).isEqualTo(western);
        }
        for (String russian : java.util.List.of("\u0423 \u041a \u0410 \u0417\n",
                "\u0412 2014 \u0433. NATO \u0438 EU\n")) {
            Path file = write("ru.txt", russian.getBytes(WINDOWS_1251));

            assertThat(reader.read(file).text()).isEqualTo(russian);
        }
    }

    @Test
    void decodesRussianKoi8RAndWindows1251EachAsWhatItIs() throws IOException {
        Charset koi8 = Charset.forName("KOI8-R");
        String decree = CorpusFiles.text(CorpusFiles.RUSSIAN_DECREE);
        String heading = decree.lines().filter(l -> !l.isBlank()).limit(3).map(String::strip)
                .collect(java.util.stream.Collectors.joining("\n"));
        String firstSentence = russian.substring(0, russian.indexOf('.') + 1);
        for (String text : java.util.List.of(russian, decree, heading, firstSentence)) {
            String asUtf8 = reader.read(write("ru-utf8.txt", text.getBytes(StandardCharsets.UTF_8))).text();
            for (Charset charset : java.util.List.of(koi8, WINDOWS_1251)) {
                Path file = write("ru-" + charset.name() + ".txt", text.getBytes(charset));

                ImportedText imported = reader.read(file);

                assertThat(imported.text()).as(charset + ": " + text.substring(0, 40)).isEqualTo(asUtf8);
            }
        }
        assertThat(reader.read(write("ru.txt", russian.getBytes(koi8))).language()).isEqualTo("ru");
    }

    /**
     * Russian saved in DOS's code page 866 was read as Windows-1252 symbols or as damaged UTF-8, and Ukrainian in
     * KOI8-U as KOI8-R, with box-drawing characters for і, ї and є, silently.
     */
    @Test
    void decodesRussianInDos866AndKoi8UAndUkrainianInKoi8UAndWindows1251() throws IOException {
        String decree = CorpusFiles.text(CorpusFiles.RUSSIAN_DECREE);
        String firstSentence = russian.substring(0, russian.indexOf('.') + 1);
        for (String text : java.util.List.of(russian, decree, firstSentence)) {
            String asUtf8 = reader.read(write("ru-utf8.txt", text.getBytes(StandardCharsets.UTF_8))).text();
            for (String charset : java.util.List.of("IBM866", "KOI8-U")) {
                Path file = write("ru-" + charset + ".txt", text.getBytes(Charset.forName(charset)));

                assertThat(reader.read(file).text()).as(charset + ": " + text.substring(0, 40)).isEqualTo(asUtf8);
            }
        }
        for (String charset : java.util.List.of("KOI8-U", "windows-1251")) {
            java.nio.charset.CharsetEncoder encoder = Charset.forName(charset).newEncoder();
            // KOI8-U has no typographic apostrophe; Ukrainian written in it uses the ASCII one.
            String ukrainian = CorpusFiles.paragraphs(CorpusFiles.UKRAINIAN).stream().map(l -> l.replace('’', '\''))
                    .filter(encoder::canEncode).collect(java.util.stream.Collectors.joining("\n"));
            assertThat(ukrainian).contains("їх", "і", "є");
            Path file = write("uk-" + charset + ".txt", ukrainian.getBytes(Charset.forName(charset)));

            assertThat(reader.read(file).text()).as(charset).isEqualTo(ukrainian);
        }
    }

    /**
     * Ukrainian written under DOS in code page 1125 was read as 866, whose bytes for і, ї, є and ґ are ў, ∙, ї and Є:
     * "укра∙нський ... ўншим", silently. Russian in 866 with a degree sign (1125's Ї) stays 866.
     */
    @Test
    void decodesUkrainianInDos1125AndRussianIn866WithADegreeSign() throws IOException {
        java.nio.charset.Charset dos1125 = new Dos1125();
        String ukrainian = CorpusFiles.paragraphs(CorpusFiles.UKRAINIAN).stream().map(l -> l.replace('’', '\''))
                .filter(dos1125.newEncoder()::canEncode).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(ukrainian).contains("їх", "і", "є");
        for (String text : java.util.List.of(ukrainian, ukrainian.lines().findFirst().orElseThrow(),
                "Ґанок і їжак: її історія.")) {
            Path file = write("uk-1125.txt", text.getBytes(dos1125));

            assertThat(reader.read(file).text()).isEqualTo(text);
        }
        String russian = "Температура воздуха днём 25°, ночью 12°.";
        Path file = write("ru-866.txt", russian.getBytes(Charset.forName("IBM866")));

        assertThat(reader.read(file).text()).isEqualTo(russian);
    }

    /**
     * A UTF-16 file with half a character in it (a surrogate without its partner, as a program that cut a string
     * between an emoji's halves writes) was refused whole, "not valid UTF-16LE text", with no word of where. It
     * imports as damaged UTF-8 does: the half becomes U+FFFD and a warning names the byte, so the researcher sees
     * where the file was damaged and loses none of the rest.
     */
    @Test
    void aUtf16FileWithHalfACharacterImportsWithTheHalfReplacedAndNamed() throws IOException {
        byte[] before = "Interview: \u0423\u0433\u0440\u043e\u0437\u0430 ".getBytes(StandardCharsets.UTF_16LE);
        byte[] after = (" NATO and more words to read here".repeat(5) + "\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] loneHigh = {0x3D, (byte) 0xD8};
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(BOM_LE);
        bytes.writeBytes(before);
        bytes.writeBytes(loneHigh);
        bytes.writeBytes(after);
        Path withBom = write("halves.txt", bytes.toByteArray());
        Path withoutBom = write("halves-nobom.txt", java.util.Arrays.copyOfRange(bytes.toByteArray(), 2, bytes.size()));

        ImportedText imported = reader.read(withBom);
        ImportedText bomless = reader.read(withoutBom);

        String expected = "Interview: \u0423\u0433\u0440\u043e\u0437\u0430 \uFFFD" + " NATO and more words to read here".repeat(5) + "\n";
        assertThat(imported.text()).isEqualTo(expected);
        assertThat(imported.warnings()).containsExactly("halves.txt: not valid UTF-16 at byte " + (2 + before.length)
                + " (counted from 0), replaced by \uFFFD (U+FFFD)");
        assertThat(bomless.text()).isEqualTo(expected);
        assertThat(bomless.warnings()).singleElement().asString().contains("at byte " + before.length + " ");
    }

    /** A PDF or a .docx saved under a .txt name was "cannot decode the text (…; binary data?)", no word of what it is. */
    @Test
    void aPdfOrAZipArchiveNamedTxtIsNamedAsWhatItIs() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of(getClass().getResource("/pdf/concept_ru.pdf").toURI()));
        Path asText = write("report.txt", pdf);
        Path zip = write("letter.txt", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, (byte) 0x9C, 0x55, 1, 2});

        assertThatThrownBy(() -> reader.read(asText)).isInstanceOf(ImportException.class)
                .hasMessage("report.txt: is a PDF file with a .txt name; rename it to .pdf to import it");
        assertThatThrownBy(() -> reader.read(zip)).isInstanceOf(ImportException.class)
                .hasMessage("letter.txt: is a zip archive (a .docx, .odt or .xlsx file?) with a .txt name; rename it to "
                        + "what it is to import it");
    }

    /**
     * A PDF saved without compression is text from end to end (or nearly: a comment of four high bytes), so it was
     * decoded and imported as its own source under a .txt name; a note whose first line is {@code %PDF-1.7} was fine.
     * Both are now told apart by the PDF's structure, not its first five bytes.
     */
    @Test
    void aPdfWithoutCompressionNamedTxtIsNamedAsAPdfWhileANoteOnTheFormatImports() throws Exception {
        String objects = "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n";
        String ascii = "%PDF-1.4\n" + objects + "trailer\n<< /Root 1 0 R /Size 4 >>\nstartxref\n9\n%%EOF\n";
        byte[] withComment = ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n" + objects + "trailer\n<< /Root 1 0 R >>\n"
                + "startxref\n15\n%%EOF").getBytes(StandardCharsets.ISO_8859_1);
        String note = "%PDF-1.7 is how every PDF file begins: the version of the format, then objects such as "
                + "pages and fonts.\nA file that starts so but has no objects is not a PDF.\n";

        assertThatThrownBy(() -> reader.read(write("plain.txt", ascii.getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(ImportException.class)
                .hasMessage("plain.txt: is a PDF file with a .txt name; rename it to .pdf to import it");
        assertThatThrownBy(() -> reader.read(write("saved.txt", withComment))).isInstanceOf(ImportException.class)
                .hasMessage("saved.txt: is a PDF file with a .txt name; rename it to .pdf to import it");
        assertThat(reader.read(write("pdf-notes.txt", note.getBytes(StandardCharsets.US_ASCII))).text())
                .isEqualTo(note);
    }

    @Test
    void decodesRussianUtf16LittleEndianWithBom() throws IOException {
        Path file = write("ru-utf16le.txt", concat(BOM_LE, russian.getBytes(StandardCharsets.UTF_16LE)));

        assertThat(reader.read(file).text()).isEqualTo(russian);
    }

    @Test
    void decodesRussianUtf16BigEndianWithBom() throws IOException {
        Path file = write("ru-utf16be.txt", concat(BOM_BE, russian.getBytes(StandardCharsets.UTF_16BE)));

        assertThat(reader.read(file).text()).isEqualTo(russian);
    }

    @Test
    void decodesEnglishUtf16WithoutBomByItsZeroBytes() throws IOException {
        Path le = write("en-le.txt", accented.getBytes(StandardCharsets.UTF_16LE));
        Path be = write("en-be.txt", accented.getBytes(StandardCharsets.UTF_16BE));

        assertThat(reader.read(le).text()).isEqualTo(accented);
        assertThat(reader.read(be).text()).isEqualTo(accented);
    }

    /**
     * An interview in UTF-16 without a byte order mark with 😀 (U+1F600, whose second half DE00 ends in a zero byte)
     * in each line was refused as "does not look like text": those zeros stood on the other side of the units than
     * the spaces' and were taken against UTF-16. Both byte orders are read now, each emoji whole.
     */
    @Test
    void decodesUtf16WithoutBomWhoseEmojisEndInAZeroByte() throws IOException {
        String chat = "Встреча в Брюсселе прошла хорошо 😀.\nДа 😀, согласен.\n".repeat(3);
        for (Charset charset : java.util.List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path file = write("chat.txt", chat.getBytes(charset));

            String text = reader.read(file).text();

            assertThat(text).as(charset.name()).isEqualTo(chat);
            assertThat(text.codePoints().filter(c -> c == 0x1F600).count()).isEqualTo(6);
        }
    }

    @Test
    void decodesRussianUtf16WithoutBomByTheZeroBytesOfSpacesAndPunctuation() throws IOException {
        Path le = write("ru-le.txt", russian.getBytes(StandardCharsets.UTF_16LE));
        Path be = write("ru-be.txt", russian.getBytes(StandardCharsets.UTF_16BE));

        assertThat(reader.read(le).text()).isEqualTo(russian);
        assertThat(reader.read(be).text()).isEqualTo(russian);
    }

    @Test
    void decodesAccentedEnglishWindows1252() throws IOException {
        Path file = write("en-1252.txt", accented.getBytes(WINDOWS_1252));

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo(accented)
                .contains("José Mário Vaz", "Fédération Internationale de Football Association");
        assertThat(imported.language()).isEqualTo("en");
    }

    @Test
    void decodesCurlyQuotesAndDashesWindows1252() throws IOException {
        String readout = CorpusFiles.text(CorpusFiles.KREMLIN_READOUT);
        Path file = write("readout-1252.txt", readout.getBytes(WINDOWS_1252));

        assertThat(reader.read(file).text()).isEqualTo(readout).contains("“pilot project”", "drug trafficking –");
    }

    @Test
    void randomBytesAreUndecodable() throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        Path file = write("random.txt", bytes);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("random.txt: cannot decode the text (not UTF-8, UTF-16, Windows-1251, KOI8-R, KOI8-U, DOS 866 or "
                        + "Windows-1252; binary data?)");
    }

    @Test
    void asciiControlBytesAreNotText() throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] &= 0x7F;
        }
        Path file = write("control.txt", bytes);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("control.txt: does not look like text (binary data or an unknown encoding)");
    }

    @Test
    void asciiTextWithZeroBytesStrewnInIsNotTakenForUtf16() throws IOException {
        Path file = write("nul.txt", "abc\0def\0".repeat(100).getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("nul.txt: does not look like text (binary data or an unknown encoding)");
    }

    @Test
    void shortUtf8TextWithAZeroByteIsNotTakenForUtf16() throws IOException {
        Path file = write("nul-ru.txt", "Москва\0Киев!".getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(file).text()).isEqualTo("Москва\uFFFDКиев!");
    }

    /**
     * One zero byte in an interview (a crash, a bad copy) refused the whole file as "does not look like text", and a
     * short UTF-16 text with half a character was refused so too: its one U+FFFD counted as binary data. Each comes in
     * with the byte replaced by U+FFFD and named in a warning, as a damaged byte of UTF-8 does.
     */
    @Test
    void aTextWithAZeroByteOrAShortOneWithHalfACharacterImportsWithTheByteReplacedAndNamed() throws IOException {
        Path nul = write("nul.txt", "NATO and Russia met in Rome in 2002.\0 The council was founded that day.\n"
                .getBytes(StandardCharsets.US_ASCII));
        byte[] half = concat(concat(BOM_LE, "Russia and NATO ".getBytes(StandardCharsets.UTF_16LE)),
                concat(new byte[] {0x3D, (byte) 0xD8}, " met in Rome.".getBytes(StandardCharsets.UTF_16LE)));
        Path lone = write("half.txt", half);

        ImportedText withZero = reader.read(nul);
        ImportedText withHalf = reader.read(lone);

        assertThat(withZero.text()).isEqualTo("NATO and Russia met in Rome in 2002.\uFFFD The council was founded "
                + "that day.\n");
        assertThat(withZero.warnings()).containsExactly("nul.txt: a zero byte at byte 36 (counted from 0), which no "
                + "text holds, replaced by \uFFFD (U+FFFD)");
        assertThat(withHalf.text()).isEqualTo("Russia and NATO \uFFFD met in Rome.");
        assertThat(withHalf.warnings()).containsExactly("half.txt: not valid UTF-16 at byte 34 (counted from 0), "
                + "replaced by \uFFFD (U+FFFD)");
    }

    @Test
    void verticalTabsOfWordLineBreaksAreText() throws IOException {
        Path file = write("vt.txt", "Joint statement\u000Bof the Council\u000BRome, 2002".getBytes(StandardCharsets.UTF_8));

        assertThat(reader.read(file).text()).isEqualTo("Joint statement\u000Bof the Council\u000BRome, 2002");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
