package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.Allocation;

/**
 * Taguette's highlights sheet as an Excel workbook ({@link TaguetteXlsx}) reads as its CSV does, and a workbook that
 * is broken, hostile or another's fails with one line naming the file and the problem.
 */
class TaguetteHighlightsXlsxTest {
    private static final List<List<String>> ROWS = List.of(
            List.of("1", "interview1", "joy", "feelings", "feelings.joy", "Happy moments",
                    "She was happy to be back at work.\r\nBut she worried"),
            List.of("1", "interview1", "worry", "feelings", "feelings.worry", "",
                    "She was happy to be back at work.\r\nBut she worried"),
            List.of("2", "Café Lüneburg", "place", "", "place", "", "  the café  "),
            List.of("3", "interview2.txt", "", "", "", "", "an untagged highlight"));

    @TempDir
    Path dir;

    @Test
    void aWorkbookReadsAsTheSameSheetAsACsv() throws IOException {
        Path xlsx = TaguetteXlsx.write(dir.resolve("highlights.xlsx"), TaguetteXlsx.HEADER, ROWS);
        StringBuilder csv = new StringBuilder(String.join(",", TaguetteXlsx.HEADER)).append("\r\n");
        ROWS.forEach(r -> csv.append(String.join(",", r.stream().map(c -> "\"" + c + "\"").toList())).append("\r\n"));
        Path sheet = Files.writeString(dir.resolve("highlights.csv"), csv);

        assertThat(TaguetteHighlights.isHighlightsSheet(xlsx)).isTrue();
        assertThat(TaguetteHighlights.read(xlsx)).isEqualTo(TaguetteHighlights.read(sheet)).extracting(
                h -> h.row() + " " + h.document() + "|" + h.tag() + "|" + h.content()).containsExactly(
                "1 interview1|joy|She was happy to be back at work.\nBut she worried",
                "2 interview1|worry|She was happy to be back at work.\nBut she worried",
                "3 Café Lüneburg|place|the café", "4 interview2.txt|null|an untagged highlight");
    }

    /** Taguette before 1.0 wrote four columns; a cell xlsxwriter left out (an empty tag) is an empty cell. */
    @Test
    void theEarlierFourColumnsAndCellsLeftOutAreRead() {
        Path xlsx = TaguetteXlsx.write(dir.resolve("old.xlsx"), List.of("id", "document", "tag", "content"),
                List.of(List.of("7", "interview1", "joy", "happy"), Arrays.asList("8", "interview1", null, "sad")));

        assertThat(TaguetteHighlights.read(xlsx)).extracting(h -> h.row() + " " + h.tag() + " " + h.content())
                .containsExactly("1 joy happy", "2 null sad");
    }

    @Test
    void aWorkbookOfAnotherKindNamesTheColumnsItLacks() {
        Path xlsx = TaguetteXlsx.write(dir.resolve("people.xlsx"), List.of("name", "age"),
                List.of(List.of("Anna", "34")));

        assertOneLine(xlsx, "people.xlsx row 1: no column 'document' (a Taguette highlights sheet has document, tag "
                + "and content; found: name, age)");
    }

    @Test
    void anEmptyWorkbookSaysSo() {
        Path xlsx = TaguetteXlsx.write(dir.resolve("empty.xlsx"), List.of(), List.of());

        assertOneLine(xlsx, "empty.xlsx: empty (a Taguette highlights sheet has a header row naming document, tag "
                + "and content)");
    }

    @Test
    void bytesThatAreNoZipAreNoWorkbook() throws IOException {
        Path file = Files.writeString(dir.resolve("highlights.xlsx"), "id,document,tag,content\r\n");

        assertOneLine(file, "highlights.xlsx: not an Excel .xlsx file (not a zip archive)");
    }

    @Test
    void aWorkbookCutShortIsOneLine() throws IOException {
        Path whole = TaguetteXlsx.write(dir.resolve("whole.xlsx"), TaguetteXlsx.HEADER, ROWS);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

        assertOneLine(cut, "cut.xlsx: damaged or truncated Excel .xlsx file (unreadable zip archive)");
    }

    @Test
    void aWordDocumentNamedXlsxIsNoWorkbook() throws IOException {
        Path docx = Fixtures.docx(dir.resolve("letter.docx"), "Letter", List.of("Dear Anna,"), null);
        Path named = Files.copy(docx, dir.resolve("letter.xlsx"));

        assertOneLine(named, "letter.xlsx: not an Excel workbook (a Word document)");
    }

    @Test
    void aZipBombIsRefusedBeforeAnyPartIsParsed() throws IOException {
        Path bomb = Fixtures.zipBomb(dir.resolve("bomb.xlsx"), "xl/worksheets/sheet1.xml");

        assertOneLine(bomb, "bomb.xlsx: zip archive unpacks to more than 256.0 MB, the import limit (zip bomb?)");
    }

    /**
     * POI's own zip checks apply only to a file POI opens itself; a workbook read from the bytes in memory is held to
     * the guard's: a sheet of 40 MB of spaces, deflated a thousand to one, is refused before POI parses it.
     */
    @Test
    void anEntryInflatingAThousandTimesIsRefusedInMemory() throws IOException {
        Path clean = TaguetteXlsx.write(dir.resolve("clean.xlsx"), TaguetteXlsx.HEADER, ROWS);
        Path padded = rewrite(clean, dir.resolve("padded.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("</worksheet>", " ".repeat(40 << 20) + "</worksheet>"));
        try (ZipFile zip = new ZipFile(padded.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            assertThat(sheet.getSize() / sheet.getCompressedSize()).isGreaterThan(900);
        }

        assertOneLine(padded, "padded.xlsx: zip entry 'xl/worksheets/sheet1.xml' is compressed more than 100 to 1 "
                + "(zip bomb?)");
    }

    /** An entity declared in a DOCTYPE could read a file of the researcher's machine into the project. */
    @ParameterizedTest
    @ValueSource(strings = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"})
    void aDoctypeIsRefused(String part) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-INTERVIEWEE-NAME");
        Path clean = TaguetteXlsx.write(dir.resolve("clean.xlsx"), TaguetteXlsx.HEADER, ROWS);
        Path xxe = rewrite(clean, dir.resolve("xxe.xlsx"), part, xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>").replaceFirst("<v>", "<v>&xxe;")
                .replaceFirst("<t>", "<t>&xxe;"));

        assertOneLine(xxe, "xxe.xlsx: not a readable Excel .xlsx file (contains a DOCTYPE declaration, refused for "
                + "safety)");
    }

    @Test
    void aStringPastTheSharedStringsIsOneLine() throws IOException {
        Path clean = TaguetteXlsx.write(dir.resolve("clean.xlsx"), TaguetteXlsx.HEADER, ROWS);
        Path broken = rewrite(clean, dir.resolve("broken.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<v>\\d+</v>", "<v>999999</v>"));

        assertOneLine(broken, "broken.xlsx: not a readable Excel .xlsx file (a cell refers to string 999999 of the "
                + "shared strings, which hold 24)");
    }

    /**
     * A sheet shows the same document and tag names in row after row; POI built an object of XML beans for every cell
     * that shows a shared string (counted: bytes the reading thread allocates, 20,000 rows of seven cells; 19,498 a row
     * before, 2,049 after).
     */
    @Test
    void aStringManyCellsShowIsDecodedOnce() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(List.of(String.valueOf(i % 100), "interview " + i % 50, "tag " + i % 40, "", "tag " + i % 40, "",
                    "She spoke of the cafe and of money, " + i % 30 + " times."));
        }
        Path xlsx = TaguetteXlsx.write(dir.resolve("many.xlsx"), TaguetteXlsx.HEADER, rows);
        TaguetteHighlights.read(xlsx);

        long perRow = Allocation.bytes(() -> assertThat(TaguetteHighlights.read(xlsx)).hasSize(20_000)) / 20_000;

        assertThat(perRow).as("bytes allocated per row").isLessThan(6_000);
    }

    private static void assertOneLine(Path file, String message) {
        assertThatThrownBy(() -> TaguetteHighlights.read(file)).isInstanceOf(ParallaxException.class)
                .hasMessage(message);
    }

    private static Path rewrite(Path source, Path target, String part, UnaryOperator<String> edit) throws IOException {
        List<String> edited = new ArrayList<>();
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(part)) {
                    String xml = edit.apply(new String(bytes, StandardCharsets.UTF_8));
                    edited.add(xml);
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertThat(edited).as(part).hasSize(1);
        return target;
    }
}
