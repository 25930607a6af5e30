package org.parallax.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * `export table` (one row per document, paragraph or sentence, 0/1 or counts per code) and `export quotes`
 * (one quote per row with the codebook path) on a project whose coding is known passage by passage.
 */
class StatisticsTablesCliTest {
    static final String TEXT = "Первое предложение о НАТО. Second sentence on power.\n\nThird sentence here. Fourth 🤝 one.\n";

    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void coded() {
        Path file = TestProjects.textFile(dir, "doc.txt", TEXT);
        try (Workbench wb = TestProjects.table1(dir)) {
            project = wb.file();
            long doc = TestProjects.importOne(wb, file);
            wb.documents().updateMeta(doc, new org.parallax.model.DocumentMeta("Doc", java.time.LocalDate.of(2020, 1, 2),
                    null, "NATO", "en", null, Map.of("speaker", "Stoltenberg")));
            long frame = wb.codebook().current().frames().get(0).id();
            long a = wb.codebook().addCode("A", frame, null, null, null).id();
            long parent = wb.codebook().addCode("Parent", frame, null, null, null).id();
            long b = wb.codebook().addCode("B", frame, parent, null, null).id();
            wb.coding().code(doc, at("Первое"), at("Первое") + 6, a, null);
            wb.coding().code(doc, at("Second"), at("Third") + 5, b, "spans two paragraphs");
            wb.coding().code(doc, at("Fourth"), at("Fourth") + 6, a, null);
            wb.coding().code(doc, at("Fourth") + 7, at("one"), a, null);
        }
    }

    static int at(String word) {
        return TEXT.indexOf(word);
    }

    static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

    @Test
    void documentRowsHoldZeroOneOrCountsPerCode() throws Exception {
        Path out = dir.resolve("docs.csv");
        assertThat(Cli.parallax("export", "table", project, out, "--codes", "A,B").exit()).isZero();
        List<CSVRecord> rows = csv(out);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("document_id", "title", "date", "type",
                "actor", "language", "scenario", "attr:speaker", "A", "B");
        assertThat(rows.get(0).get("A")).isEqualTo("1");
        assertThat(rows.get(0).get("attr:speaker")).isEqualTo("Stoltenberg");
        Path counts = dir.resolve("counts.csv");
        assertThat(Cli.parallax("export", "table", project, counts, "--codes", "A,B", "--counts").exit()).isZero();
        assertThat(csv(counts).get(0).get("A")).isEqualTo("3");
        assertThat(csv(counts).get(0).get("B")).isEqualTo("1");
    }

    @Test
    void paragraphAndSentenceRowsMarkTheCodesOverlappingThem() throws Exception {
        Path paragraphs = dir.resolve("paragraphs.csv");
        assertThat(Cli.parallax("export", "table", project, paragraphs, "--unit", "paragraph", "--codes", "A,B",
                "--counts").exit()).isZero();
        List<CSVRecord> p = csv(paragraphs);
        assertThat(p).extracting(r -> r.get("A") + "/" + r.get("B")).containsExactly("1/1", "2/1");
        assertThat(p.get(1).get("text")).isEqualTo("Third sentence here. Fourth 🤝 one.");

        Path sentences = dir.resolve("sentences.xlsx");
        assertThat(Cli.parallax("export", "table", project, sentences, "--unit", "sentence", "--codes", "A,B")
                .exit()).isZero();
        try (XSSFWorkbook book = XlsxCliTest.open(sentences)) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            int a = sheet.getRow(0).getLastCellNum() - 2;
            StringBuilder marks = new StringBuilder();
            for (int r = 1; r <= 4; r++) {
                assertThat(sheet.getRow(r).getCell(a).getCellType()).isEqualTo(CellType.NUMERIC);
                marks.append((int) sheet.getRow(r).getCell(a).getNumericCellValue())
                        .append((int) sheet.getRow(r).getCell(a + 1).getNumericCellValue()).append(' ');
            }
            assertThat(marks.toString().strip()).isEqualTo("10 01 01 10");
        }
    }

    @Test
    void quotesCarryTheCodebookPathInColumns() throws Exception {
        Path out = dir.resolve("quotes.csv");
        assertThat(Cli.parallax("export", "quotes", project, out).exit()).isZero();
        CSVRecord b = csv(out).stream().filter(r -> r.get("code").equals("B")).findFirst().orElseThrow();
        String frame = b.get("frame");
        assertThat(frame).isNotBlank();
        assertThat(b.get("parent")).isEqualTo("Parent");
        assertThat(b.get("code_path")).isEqualTo(frame + " / Parent / B");
        assertThat(b.get("quote")).isEqualTo(TEXT.substring(at("Second"), at("Third") + 5));
        assertThat(b.get("memo")).isEqualTo("spans two paragraphs");
    }

    @Test
    void anUnknownUnitOrCodeIsRefusedInWords() {
        Cli unit = Cli.parallax("export", "table", project, dir.resolve("x.csv"), "--unit", "chapter");
        assertThat(unit.exit()).isNotZero();
        assertThat(unit.err()).contains("document, paragraph or sentence");
        Cli code = Cli.parallax("export", "table", project, dir.resolve("x.csv"), "--codes", "Nope");
        assertThat(code.exit()).isNotZero();
        assertThat(code.err()).contains("Unknown code 'Nope'");
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }
}
