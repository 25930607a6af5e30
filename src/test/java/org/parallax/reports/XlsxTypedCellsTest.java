package org.parallax.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.TableSheet;
import org.parallax.io.XlsxWriter;

/**
 * The workbook writer sets each cell's style and each date's serial number itself rather than leaving POI to look them
 * up cell by cell (for speed, docs/performance.md): dates and times read back as the days and instants stored, in the
 * 1900 date system a new workbook has, and texts and booleans stay in Excel's default style, which their XML does not
 * name, so the file is the one POI's own lookups wrote.
 */
class XlsxTypedCellsTest {
    private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]+)(\\d+)\"([^>]*)>");

    @TempDir
    Path dir;

    @Test
    void datesAndTimesReadBackAsStoredAndTextsAndBooleansCarryNoStyle() throws Exception {
        List<Instant> instants = List.of(Instant.parse("1999-03-12T10:15:30Z"), Instant.parse("2026-12-05T23:59:59Z"),
                Instant.parse("1900-03-01T00:00:01Z"), Instant.parse("2008-02-29T12:00:00Z"));
        List<List<Object>> rows = new ArrayList<>();
        for (Instant at : instants) {
            LocalDate day = LocalDate.ofInstant(at, java.time.ZoneOffset.UTC);
            rows.add(List.of("НАТО <" + day + ">", 42, 0.25, day, at, true));
        }
        Path file = dir.resolve("typed.xlsx");
        XlsxWriter.write(List.of(new TableSheet("Typed", List.of("text", "count", "share", "date", "time", "flag"),
                rows)), file);

        try (XSSFWorkbook book = XlsxCliTest.open(file)) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Instant at = instants.get(row.getRowNum() - 1);
                LocalDateTime utc = LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
                assertThat(row.getCell(3).getLocalDateTimeCellValue()).isEqualTo(utc.toLocalDate().atStartOfDay());
                assertThat(row.getCell(4).getLocalDateTimeCellValue()).isEqualTo(utc);
                assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
                assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("НАТО <" + utc.toLocalDate() + ">");
                assertThat(row.getCell(5).getBooleanCellValue()).isTrue();
                for (Cell cell : List.of(row.getCell(0), row.getCell(5))) {
                    assertThat(cell.getCellStyle().getIndex()).isZero();
                }
            }
        }
        List<String> unstyled = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            Matcher cell = CELL.matcher(sheet);
            while (cell.find()) {
                if (!cell.group(2).equals("1") && !cell.group(3).contains(" s=\"")) {
                    unstyled.add(cell.group(1));
                }
            }
        }
        assertThat(unstyled).as("cells below the header whose XML names no style").containsExactly(
                "A", "F", "A", "F", "A", "F", "A", "F");
    }
}
