package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table longer than a sheet holds (Excel: 1,048,575 rows below the header; 2,000,000 passages at `bench --scale 10`
 * stopped the export with POI's "Invalid row number") goes on in further sheets with the same header, every row once
 * and in order. The limit is lowered here so the test writes a few rows, not a million.
 */
class XlsxSheetRowsTest {
    @TempDir
    Path folder;

    @Test
    void rowsPastASheetsLimitGoOnInFurtherSheetsWithTheHeader() throws Exception {
        Path file = folder.resolve("passages.xlsx");
        List<List<Object>> rows = IntStream.rangeClosed(1, 7).mapToObj(i -> List.<Object>of(i, "passage " + i))
                .toList();
        XlsxWriter.write(List.of(new TableSheet("Passages", List.of("id", "text"), rows)), file, 3);

        List<String> names = new ArrayList<>();
        List<String> header = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                names.add(sheet.getSheetName());
                header.add(sheet.getRow(0).getCell(0).getStringCellValue() + "|"
                        + sheet.getRow(0).getCell(1).getStringCellValue());
                sizes.add(sheet.getLastRowNum());
                for (Row row : sheet) {
                    if (row.getRowNum() > 0) {
                        texts.add((long) row.getCell(0).getNumericCellValue() + ":"
                                + row.getCell(1).getStringCellValue());
                    }
                }
            }
        }
        assertThat(names).containsExactly("Passages", "Passages 2", "Passages 3");
        assertThat(header).containsOnly("id|text");
        assertThat(sizes).containsExactly(3, 3, 1);
        assertThat(texts).containsExactly("1:passage 1", "2:passage 2", "3:passage 3", "4:passage 4", "5:passage 5",
                "6:passage 6", "7:passage 7");
    }

    @Test
    void aTableThatFitsIsOneSheetAndAnEmptyOneKeepsItsHeader() throws Exception {
        Path file = folder.resolve("small.xlsx");
        List<List<Object>> three = List.of(List.of(1), List.of(2), List.of(3));
        XlsxWriter.write(List.of(new TableSheet("Passages", List.of("id"), three),
                new TableSheet("Memos", List.of("memo"), List.of())), file, 3);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3);
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Memos");
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("memo");
        }
        assertThat(XlsxWriter.MAX_ROWS).as("Excel's rows below the header").isEqualTo(1_048_575);
    }
}
