package org.parallax.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.SegmentRow;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * Excel output on the shipped sample (issue 15 item 2): `export xlsx` holds every passage as stored and the
 * same numbers the CLI prints as CSV, typed as numbers and dates, with bold frozen headers; the listing
 * commands write the same sheets with `--format xlsx --out`.
 */
class XlsxCliTest {
    @TempDir
    static Path dir;
    static Path project;
    static List<SegmentRow> passages;

    @BeforeAll
    static void sample() throws Exception {
        project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            passages = wb.exports().segmentRows();
        }
    }

    static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void workbookHoldsEveryPassageTypedAndTable1EqualToTheCsv() throws Exception {
        Path out = dir.resolve("all.xlsx");
        Cli run = Cli.parallax("export", "xlsx", project, out);
        assertThat(run.exit()).as(run.err()).isZero();
        try (XSSFWorkbook book = open(out)) {
            assertThat(book.getSheet("Passages")).isNotNull();
            Sheet sheet = book.getSheet("Passages");
            assertThat(sheet.getLastRowNum()).isEqualTo(passages.size());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row header = sheet.getRow(0);
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            Map<Long, SegmentRow> byId = new HashMap<>();
            passages.forEach(p -> byId.put(p.segmentId(), p));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                SegmentRow expected = byId.get((long) row.getCell(0).getNumericCellValue());
                assertThat(row.getCell(13).getStringCellValue()).isEqualTo(expected.text());
                assertThat((int) row.getCell(11).getNumericCellValue()).isEqualTo(expected.start());
                if (expected.date() != null) {
                    assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
                    assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected.date());
                }
            }
            Cli tally = Cli.parallax("tally", project, "--format", "csv");
            List<List<String>> table1 = values(book.getSheet("Table 1"));
            // Under the table (after a blank row, which a sheet's rows skip) the line naming the layers counted, which
            // tally prints apart.
            assertThat(table1.subList(0, table1.size() - 1)).isEqualTo(csvValues(tally.out()));
            assertThat(table1.get(table1.size() - 1)).singleElement().satisfies(line -> assertThat(tally.err())
                    .contains(line).startsWith("Counting analyst and second-coder"));
            assertThat(values(book.getSheet("Codes")))
                    .isEqualTo(csvValues(Cli.parallax("codes", project, "--format", "csv").out()));
            assertThat(book.getSheet("Timeline")).isNotNull();
            assertThat(book.getSheet("Co-occurrence")).isNotNull();
            assertThat(book.getSheet("Memos").getLastRowNum()).isPositive();
        }
    }

    @Test
    void listingCommandsWriteTheirSheetWithPercentagesAsNumbers() throws Exception {
        Path out = dir.resolve("tally.xlsx");
        Cli run = Cli.parallax("tally", project, "--percent", "row", "--format", "xlsx", "--out", out);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("written to " + out);
        try (XSSFWorkbook book = open(out)) {
            Sheet sheet = book.getSheetAt(0);
            Cli tally = Cli.parallax("tally", project, "--percent", "row", "--format", "csv");
            List<List<String>> rows = values(sheet);
            // Under the table, the line naming the layers counted, which tally prints apart.
            assertThat(rows.subList(0, rows.size() - 1)).isEqualTo(csvValues(tally.out()));
            assertThat(rows.get(rows.size() - 1)).singleElement().satisfies(line -> assertThat(tally.err())
                    .contains(line).startsWith("Counting analyst and second-coder"));
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        }
        for (String command : List.of("segments", "docs", "codes", "timeline", "cooccurrence", "memos", "coders")) {
            Path file = dir.resolve(command + ".xlsx");
            Cli listing = Cli.parallax(command, project, "--format", "xlsx", "--out", file);
            assertThat(listing.exit()).as(command + ": " + listing.err()).isZero();
            try (XSSFWorkbook book = open(file)) {
                assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).as(command).isNotNull();
            }
        }
    }

    @Test
    void xlsxWithoutAFileIsRefusedInOneLine() {
        Cli run = Cli.parallax("codes", project, "--format", "xlsx");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).contains("--out FILE.xlsx").doesNotContain("Exception").hasLineCount(1);
    }

    /** Every cell as text: numbers as the CLI's CSV prints them (whole numbers without ".0"). */
    static List<List<String>> values(Sheet sheet) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new java.util.ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    cells.add("");
                } else if (cell.getCellType() == CellType.NUMERIC) {
                    double v = cell.getNumericCellValue();
                    cells.add(v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
                } else {
                    cells.add(cell.getStringCellValue());
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    static List<List<String>> csvValues(String csv) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().stream().map(CSVRecord::toList).toList();
    }
}
