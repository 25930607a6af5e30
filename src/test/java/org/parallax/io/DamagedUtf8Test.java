package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UTF-8 with a few bad bytes stays UTF-8, with U+FFFD and a warning naming the file and the byte offsets. */
class DamagedUtf8Test {
    /** More than 1 % replacement characters make a text look binary; real damage is rarer than that. */
    private static final String PADDING = "The Parties will consult together whenever, in the opinion of any of them, "
            .repeat(3) + "все стороны ";

    private final DocumentReader reader = new DocumentReader();
    private final String russian = CorpusFiles.text(CorpusFiles.RUSSIAN);

    @TempDir
    Path dir;

    @Test
    void russianUtf8WithOneBadByteStaysRussian() throws IOException {
        byte[] bytes = russian.getBytes(StandardCharsets.UTF_8);
        int bad = russian.substring(0, russian.indexOf(' ', 200)).getBytes(StandardCharsets.UTF_8).length;
        bytes[bad] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("concept.txt"), bytes);

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).hasSize(russian.length()).contains("Российской Федерации")
                .doesNotContain("РѕСЃ");
        assertThat(imported.text().charAt(russian.indexOf(' ', 200))).isEqualTo('\uFFFD');
        assertThat(imported.language()).isEqualTo("ru");
        assertThat(imported.warnings()).containsExactly(
                "concept.txt: not valid UTF-8 at byte " + bad + " (counted from 0), replaced by \uFFFD (U+FFFD)");
    }

    @Test
    void aCutMultiByteCharacterAndAStrayByteAreBothReported() throws IOException {
        byte[] head = "Dialogue – ".getBytes(StandardCharsets.UTF_8);
        byte[] cut = {(byte) 0xD0};
        byte[] tail = " and a stray byte: ".getBytes(StandardCharsets.UTF_8);
        byte[] stray = {(byte) 0x92};
        byte[] end = (" “deterrence”." + PADDING).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("mixed.md"), concat(head, cut, tail, stray, end));

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).startsWith("Dialogue – \uFFFD and a stray").contains("byte: \uFFFD “deterrence”.");
        assertThat(imported.warnings()).singleElement().asString()
                .startsWith("mixed.md: not valid UTF-8 at bytes " + head.length + ", "
                        + (head.length + 1 + tail.length) + " (counted from 0)");
    }

    @Test
    void manyBadSequencesAreCountedAfterTheFirstTen() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            text.append("Концепция внешней политики ").append(PADDING).append('\u0001');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = bytes[i] == 1 ? (byte) 0xC0 : bytes[i];
        }
        Path file = Files.write(dir.resolve("many.txt"), bytes);

        assertThat(reader.read(file).warnings()).singleElement().asString().contains(" and 2 more (counted from 0)");
    }

    @Test
    void textWithoutAnyWellFormedUtf8StillGoesToCodePageDetection() throws IOException {
        Path file = Files.write(dir.resolve("ru-1251.txt"), russian.getBytes(Charset.forName("windows-1251")));

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo(russian);
        assertThat(imported.warnings()).isEmpty();
    }

    /**
     * Session 6's trial: ASCII text with three bad bytes (FF FE C3) was read as Windows-1251, "Valid start яюГ
     * broken", silently. Bytes that form no word in either code page are damage: U+FFFD and the warning.
     */
    @Test
    void asciiTextWithAFewBytesThatFormNoWordStaysUtf8WithAWarning() throws IOException {
        String ascii = PADDING.replace("все стороны ", "");
        byte[] head = ("Valid start " + ascii).getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3};
        byte[] tail = (" broken " + ascii).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("damaged ascii.txt"), concat(head, bad, tail));

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).contains("\uFFFD\uFFFD\uFFFD broken").doesNotContain("яюГ").doesNotContain("ÿþÃ");
        assertThat(imported.warnings()).containsExactly("damaged ascii.txt: not valid UTF-8 at bytes " + head.length
                + ", " + (head.length + 1) + ", " + (head.length + 2) + " (counted from 0), replaced by \uFFFD (U+FFFD)");
    }

    /** A Cyrillic word, a capitalised name, an accented letter or curly quotes in a legacy code page stay so. */
    @Test
    void legacyCodePageWordsAmidAsciiAreStillReadAsTheirCodePage() throws IOException {
        String english = "The talks in Москва ended. " + PADDING.replace("все стороны ", "") + "В итоге: нет.";
        Path cyrillic = Files.write(dir.resolve("ru.txt"), english.getBytes(Charset.forName("windows-1251")));
        assertThat(reader.read(cyrillic).text()).isEqualTo(english);
        assertThat(reader.read(cyrillic).warnings()).isEmpty();

        String western = "The caf\u00e9 \u201cdeal\u201d \u2013 signed. " + PADDING.replace("все стороны ", "");
        Path latin = Files.write(dir.resolve("en.txt"), western.getBytes(Charset.forName("windows-1252")));
        assertThat(reader.read(latin).text()).isEqualTo(western);
        assertThat(reader.read(latin).warnings()).isEmpty();
    }

    @Test
    void byteOrderMarkMakesItUtf8EvenWhenBadlyDamaged() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = Files.write(dir.resolve("bom.txt"), concat(bom, "Caf".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9}, " and d".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9},
                ("tente in the Council. " + PADDING).getBytes(StandardCharsets.UTF_8)));

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).startsWith("Caf\uFFFD and d\uFFFDtente");
        assertThat(imported.warnings()).singleElement().asString().contains("at bytes 6, 13 (counted from 0)");
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
