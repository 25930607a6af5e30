package org.parallax.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as an Excel workbook, one sheet each, streaming (POI's SXSSF keeps 100 rows in memory and
 * the rest in an uncompressed temporary file, {@link FastStreamingWorkbook}) so hundreds of thousands of rows
 * fit a small heap. Headers are bold with the header row and first column
 * frozen and a filter on the header; numbers, dates and times are typed cells with number formats. Every
 * text is a string cell, so a text starting with = + - @ is shown as typed and never runs as a formula.
 * Excel holds at most 32,767 characters in a cell: a longer text is cut there and ends with a note. A sheet holds at
 * most 1,048,575 rows below its header: a longer table goes on in further sheets with the same header ("Passages 2",
 * …), so 2,000,000 passages (`bench --scale 10`) are all written rather than refused by the library midway.
 */
public final class XlsxWriter {
    /** Excel's limit on the characters of one cell. */
    public static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final String CUT_NOTE = " […cut: Excel holds 32,767 characters in a cell; the CSV export has the whole text]";

    /** Rows below the header that one sheet holds: Excel's last row index. */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final int WINDOW = 100;
    private static final int SIZED_ROWS = 200;
    private static final int MAX_WIDTH = 60;

    private XlsxWriter() {
    }

    /** Writes the sheets to {@code file} whole or not at all; returns how many cells were cut at Excel's limit. */
    public static int write(List<TableSheet> sheets, Path file) {
        return write(sheets, file, MAX_ROWS);
    }

    /** {@link #write(List, Path)} with at most {@code rowsPerSheet} rows below each sheet's header. */
    static int write(List<TableSheet> sheets, Path file, int rowsPerSheet) {
        int cut = 0;
        SXSSFWorkbook workbook = new FastStreamingWorkbook(WINDOW);
        try {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            for (TableSheet table : sheets) {
                Iterator<List<Object>> rows = table.rows().iterator();
                do {
                    cut += sheet(workbook, styles, uniqueName(table.name(), names), table, rows, rowsPerSheet);
                } while (rows.hasNext());
            }
            OfficeProperties.set(workbook.getXSSFWorkbook());
            AtomicFiles.write(file, workbook::write);
        } catch (IOException e) {
            throw WriteFailures.of("the workbook", file, e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // Nothing was written to the file through the workbook itself; its temp files are gone.
            }
        }
        return cut;
    }

    /**
     * A sheet of the table's header and the next {@code maxRows} of {@code rows} at most; the last sheet of a table
     * has its note under the rows, a blank row between, outside the filter.
     */
    private static int sheet(SXSSFWorkbook workbook, Styles styles, String name, TableSheet table,
                             Iterator<List<Object>> rows, int maxRows) {
        List<String> header = table.header();
        SXSSFSheet sheet = workbook.createSheet(name);
        int columns = header.size();
        int[] widths = new int[columns];
        SXSSFRow head = sheet.createRow(0);
        int cut = 0;
        for (int c = 0; c < columns; c++) {
            SXSSFCell cell = head.createCell(c);
            // A header is a label too: a period named after many events ran past Excel's limit, and POI refused it.
            cut += text(cell, header.get(c)) ? 1 : 0;
            cell.setCellStyle(styles.header);
            widths[c] = header.get(c).length() + 2;
        }
        int r = 0;
        while (r < maxRows && rows.hasNext()) {
            List<?> values = rows.next();
            SXSSFRow row = sheet.createRow(++r);
            for (int c = 0; c < Math.min(columns, values.size()); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                cut += cell(row.createCell(c), value, styles) ? 1 : 0;
                if (r <= SIZED_ROWS) {
                    widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, width(value)));
                }
            }
        }
        if (!table.note().isEmpty() && !rows.hasNext() && r + 2 <= MAX_ROWS) {
            cut += text(sheet.createRow(r + 2).createCell(0), table.note()) ? 1 : 0;
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widths[c]) * 256);
        }
        sheet.createFreezePane(columns > 1 ? 1 : 0, 1);
        if (columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, r, 0, columns - 1));
        }
        return cut;
    }

    /** Sets a typed cell; true when a text had to be cut at Excel's limit. */
    private static boolean cell(SXSSFCell cell, Object value, Styles styles) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.integer);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(styles.decimal);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(DateUtil.getExcelDate(d.atStartOfDay(), styles.date1904));
            cell.setCellStyle(styles.date);
        } else if (value instanceof Instant t) {
            cell.setCellValue(DateUtil.getExcelDate(t.atOffset(ZoneOffset.UTC).toLocalDateTime(), styles.date1904));
            cell.setCellStyle(styles.time);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
            cell.setCellStyle(styles.plain);
        } else {
            cell.setCellStyle(styles.plain);
            return text(cell, value.toString());
        }
        return false;
    }

    /** Sets a text cell, cut at Excel's limit with a note; true when it was cut. */
    private static boolean text(SXSSFCell cell, String text) {
        if (text.length() > MAX_CELL) {
            int end = MAX_CELL - CUT_NOTE.length();
            end -= Character.isHighSurrogate(text.charAt(end - 1)) ? 1 : 0;
            cell.setCellValue(text.substring(0, end) + CUT_NOTE);
            return true;
        }
        cell.setCellValue(text);
        return false;
    }

    private static int width(Object value) {
        if (value instanceof LocalDate) {
            return 12;
        }
        if (value instanceof Instant) {
            return 20;
        }
        String text = value.toString();
        int newline = text.indexOf('\n');
        return (newline < 0 ? text.length() : newline) + 2;
    }

    /** Sheet names: Excel's 31 characters without []:*?/\, unique in the workbook. */
    private static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " " + i;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /**
     * The few cell styles every sheet shares (a workbook holds at most 64,000 styles), and the workbook's date system.
     * Both are looked up once: POI looks up a cell without a style of its own in the column's and the workbook's XML
     * beans as it writes the cell, and the date system each time a date is set, which was about a seventh of writing
     * 3,000,000 passages (docs/performance.md, issue 18). {@link #plain} is Excel's default style (index 0), which a
     * cell's XML does not name, so the file is the same.
     */
    private static final class Styles {
        final CellStyle plain;
        final CellStyle header;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle date;
        final CellStyle time;
        final boolean date1904;

        Styles(SXSSFWorkbook workbook) {
            plain = workbook.getCellStyleAt(0);
            date1904 = workbook.getXSSFWorkbook().isDate1904();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            integer = format(workbook, "0");
            decimal = format(workbook, "0.00##");
            date = format(workbook, "yyyy-mm-dd");
            time = format(workbook, "yyyy-mm-dd hh:mm:ss");
        }

        private static CellStyle format(SXSSFWorkbook workbook, String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
        }
    }
}
