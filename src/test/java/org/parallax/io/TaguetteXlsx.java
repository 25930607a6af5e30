package org.parallax.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Taguette's highlights sheet as an Excel workbook, in the shape its taguette/export.py writes it with xlsxwriter (read
 * for its shape only): one worksheet named "highlights", a bold header row, each cell a string (the id too), the
 * strings in the shared strings table.
 */
public final class TaguetteXlsx {
    /** The columns of Taguette 1.x's export; earlier versions wrote id, document, tag, content. */
    public static final List<String> HEADER = List.of("id", "document", "tag", "tag_parent", "tag_full_path",
            "tag_description", "content");

    private TaguetteXlsx() {
    }

    /** Writes {@code header} and {@code rows} (each a row's cells; null leaves a cell out) to {@code file}. */
    public static Path write(Path file, List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("highlights");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                top.createCell(i).setCellValue(header.get(i));
                top.getCell(i).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    if (rows.get(r).get(i) != null) {
                        row.createCell(i).setCellValue(rows.get(r).get(i));
                    }
                }
            }
            book.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
