package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parallax.testutil.Allocation;

/** Telling Taguette's highlights sheet by its header, in the shapes a spreadsheet saves it. */
class TaguetteHighlightsTest {
    private static final String HEADER = "id,document,tag,tag_parent,tag_full_path,tag_description,content";

    @TempDir
    Path dir;

    /** Taguette's own CSV, and the same sheet saved again by spreadsheets in other locales and encodings. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"UTF-8, ','", "UTF-8, ';'", "windows-1252, ';'", "UTF-16LE, '\t'", "UTF-16BE, ','"})
    void aHighlightsSheetIsToldByItsHeaderInAnyEncodingAndSeparator(String encoding, char separator)
            throws IOException {
        Charset charset = Charset.forName(encoding);
        String bom = encoding.equals("UTF-16LE") ? "\uFEFF" : "";
        String sep = String.valueOf(separator);
        String sheet = bom + HEADER.replace(",", sep) + "\r\n1" + sep + "Café interview" + sep + "joy" + sep.repeat(4)
                + "Elle était heureuse\r\n";
        Path file = Files.write(dir.resolve("highlights.csv"), sheet.getBytes(charset));

        assertThat(TaguetteHighlights.isHighlightsSheet(file)).isTrue();
        assertThat(TaguetteHighlights.read(file)).singleElement().satisfies(h -> assertThat(h.document() + "|"
                + h.tag() + "|" + h.content()).isEqualTo("Café interview|joy|Elle était heureuse"));
    }

    @Test
    void otherSheetsAndFilesAreNotHighlightsSheets() throws IOException {
        Path metadata = Files.writeString(dir.resolve("meta.csv"), "file,title,date\r\na.txt,A,2020-01-01\r\n");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Path oneLine = Files.writeString(dir.resolve("header.csv"), "id,document,tag,content");
        Path text = Files.writeString(dir.resolve("notes.txt"), HEADER + "\n");

        assertThat(TaguetteHighlights.isHighlightsSheet(metadata)).isFalse();
        assertThat(TaguetteHighlights.isHighlightsSheet(empty)).isFalse();
        assertThat(TaguetteHighlights.isHighlightsSheet(oneLine)).isTrue();
        assertThat(TaguetteHighlights.isHighlightsSheet(text)).isFalse();
    }

    /**
     * `parallax import` asks of every file given whether it is a highlights sheet, then reads the one that is: the
     * question read and decoded the whole sheet a first time (counted: bytes the asking thread allocates).
     */
    @Test
    void askingWhetherABigSheetIsOneReadsItsHeaderAlone() throws IOException {
        Path big = dir.resolve("highlights.csv");
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\r\n");
            for (int i = 0; i < 100_000; i++) {
                out.write(i + ",interview " + i % 50 + ",joy,,joy,,\"She was happy to be back at work, she said, "
                        + "and then she spoke of the cafe at length, and of money.\"\r\n");
            }
        }
        assertThat(Files.size(big)).isGreaterThan(10_000_000);
        TaguetteHighlights.isHighlightsSheet(big);

        long allocated = Allocation.bytes(() -> assertThat(TaguetteHighlights.isHighlightsSheet(big)).isTrue());

        assertThat(allocated).isLessThan(1_000_000);
    }
}
