package org.parallax.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.parallax.io.TableSheet;
import org.parallax.io.XlsxWriter;

/**
 * The workbook writer escapes text itself (for speed, docs/performance.md); every text must read back from the
 * file exactly as stored: markup, line breaks, tabs, no-break spaces, control characters and U+FFFE (which POI's own
 * writer turns into '?'), a literal {@code _x0041_} (which readers would decode into "A"), Cyrillic and emoji, in
 * short texts and in texts longer than the writer's buffer. Only a lone surrogate, which UTF-8 cannot hold, becomes
 * '?' as in POI.
 */
class XlsxTextEscapingTest {
    private static final String HOSTILE = "<a href=\"x\">&amp;</a>\tTab\nLine\r\nCR\u00a0NBSP\u0001\u001f\ufffe\uffff"
            + "\ud800 lone \udc00 НАТО и Россия 🤝 ' > < & _x0041_ _x005F_ _x12_ _xZZZZ_ __x0001_";

    @Test
    void hostileTextsReadBackAsStored() throws Exception {
        List<String> texts = List.of(HOSTILE, "", " leading and trailing ", "plain", mixed(32_000, 1),
                mixed(20_000, 2) + HOSTILE, "=SUM(A1)");
        assertThat(written(texts)).isEqualTo(stored(texts));
        assertThat(written(List.of("НАТО и Россия 🤝 <b>"))).containsExactly("НАТО и Россия 🤝 <b>");
        assertThat(written(List.of("a\u0001b _x0041_"))).containsExactly("a\u0001b _x0041_");
        assertThat(poiReference(List.of("a\u0001b _x0041_"))).as("what POI's own writer gives, for contrast")
                .containsExactly("a?b A");
    }

    /** The texts as a reader must get them back: exactly, but for lone surrogates (no UTF-8 for them), '?'. */
    private static List<String> stored(List<String> texts) {
        return texts.stream().map(t -> {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                    out.append(c).append(t.charAt(++i));
                } else {
                    out.append(Character.isSurrogate(c) ? '?' : c);
                }
            }
            return out.toString();
        }).toList();
    }

    /**
     * A long text of markup, breaks, letters and emoji in random order (random so that the sheet does not
     * compress like a zip bomb, which POI refuses to read).
     */
    private static String mixed(int length, long seed) {
        String[] parts = {"&", "<", ">", "\"", "\n", "\t", "\u00a0", "Ж", "😀", "a", "b", " ", "\u0001"};
        java.util.Random random = new java.util.Random(seed);
        StringBuilder text = new StringBuilder();
        while (text.length() < length - 2) {
            text.append(parts[random.nextInt(parts.length)]);
        }
        return text.toString();
    }

    @Property(tries = 60)
    void anyTextReadsBackAsStored(@ForAll("texts") List<String> texts) throws Exception {
        assertThat(written(texts)).isEqualTo(stored(texts));
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.strings().withChars("<>&\"'\t\n\r\u00a0\u0000\u0007\ufffe\uffff\ud83d\ude00Ж_x0F")
                .withCharRange(' ', '~').withCharRange('\ud800', '\udfff').withCharRange('\u0080', '\u00ff')
                .ofMaxLength(3_000).list().ofMinSize(1).ofMaxSize(20);
    }

    private static List<String> written(List<String> texts) throws Exception {
        Path file = Files.createTempFile("escaping", ".xlsx");
        try {
            List<List<Object>> rows = new ArrayList<>();
            texts.forEach(t -> rows.add(List.of(t)));
            XlsxWriter.write(List.of(new TableSheet("Texts", List.of("text"), rows)), file);
            return read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** What POI's streaming workbook, left as it is, stores for the same texts. */
    private static List<String> poiReference(List<String> texts) throws Exception {
        Path file = Files.createTempFile("reference", ".xlsx");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = book.createSheet("Texts");
            sheet.createRow(0).createCell(0).setCellValue("text");
            for (int i = 0; i < texts.size(); i++) {
                SXSSFRow row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(texts.get(i));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            book.dispose();
            return read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<String> read(Path file) throws Exception {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = XlsxCliTest.open(file)) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    texts.add(row.getCell(0) == null ? null : row.getCell(0).getStringCellValue());
                }
            }
        }
        return texts;
    }
}
