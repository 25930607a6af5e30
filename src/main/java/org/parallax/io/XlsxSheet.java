package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.parallax.model.ParallaxException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an Excel workbook (.xlsx) row by row as text, as Excel shows each cell, behind the zip
 * guards and POI's hardened XML parser (no DOCTYPE): a file from another tool is read as a stream, never built whole.
 */
final class XlsxSheet {
    /** Takes a sheet's rows in order; empty rows are passed over. */
    interface Rows {
        /** Row {@code number} as Excel numbers it (from 1), its cells from column A, "" for an empty cell. */
        void row(int number, List<String> cells);
    }

    /** Cells right of this column are left aside: a sheet that wide is no table of another tool's. */
    static final int MAX_COLUMNS = 256;
    private static final String FORMAT = "Excel .xlsx";

    private XlsxSheet() {
    }

    /**
     * Reads the first worksheet's rows into {@code rows}, the shared strings and then each cell's text charged to
     * {@code budget} as they are read (a string many cells show is charged for each), and the clock checked.
     */
    static void read(Path file, ImportLimits limits, ExtractionBudget budget, Rows rows) {
        DocumentReader.checkSize(file, limits);
        // One version of the file, read once: POI reading the file itself read its parts as it went, from whatever
        // the file held by then, after the guard had checked the version before.
        byte[] bytes = FileSnapshot.read(file, limits.maxFileBytes());
        try (ZipFile zip = new ZipBombGuard(limits).open(file, bytes, FORMAT);
             OPCPackage pkg = OPCPackage.open(new ZipFileZipEntrySource(zip))) {
            String kind = mainPartType(pkg);
            if (!kind.contains("spreadsheetml") && !kind.contains("ms-excel")) {
                throw new ImportException(file, "not an Excel workbook" + (kind.contains("wordprocessingml")
                        ? " (a Word document)" : kind.contains("presentationml") ? " (a PowerPoint presentation)" : ""));
            }
            XSSFReader workbook = new XSSFReader(pkg);
            XlsxSharedStrings strings = new XlsxSharedStrings(pkg, budget);
            StylesTable styles = workbook.getStylesTable();
            Iterator<InputStream> sheets = workbook.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportException(file, "the workbook has no worksheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles == null ? new StylesTable() : styles, null,
                        strings, new RowCollector(rows, budget), new DataFormatter(Locale.ROOT), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (ParallaxException e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            // POI reports a broken workbook by many kinds of exception, runtime ones among them (a string index past
            // the shared strings, a part that is no spreadsheet): each is one line naming the file.
            String cause = Causes.brief(e).contains("DOCTYPE")
                    ? "contains a DOCTYPE declaration, refused for safety" : Causes.brief(e);
            throw new ImportException(file, "not a readable " + FORMAT + " file (" + cause + ")", e);
        }
    }

    /** The content type of the package's main part ("" without one): a workbook's, a Word document's. */
    private static String mainPartType(OPCPackage pkg) throws InvalidFormatException {
        PackagePart part = OpcMainPart.of(pkg);
        return part == null ? "" : part.getContentType();
    }

    /** Gathers one row's cells by their column, which a writer may leave out of the cell's reference. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private final ExtractionBudget budget;
        private final List<String> cells = new ArrayList<>();
        private boolean any;

        RowCollector(Rows rows, ExtractionBudget budget) {
            this.rows = rows;
            this.budget = budget;
        }

        @Override
        public void startRow(int index) {
            cells.clear();
            any = false;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int named = reference == null ? -1 : column(reference);
            int column = named < 0 ? cells.size() : named;
            if (column >= MAX_COLUMNS || value == null) {
                return;
            }
            budget.addChars(value.length());
            budget.tick();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value);
            any |= !value.isEmpty();
        }

        /** The column of a reference such as "AB12" from 0 (POI's CellReference parses it with a pattern). */
        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = Character.toUpperCase(reference.charAt(i));
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = Math.min(column * 26 + c - 'A' + 1, MAX_COLUMNS + 1);
            }
            return column - 1;
        }

        @Override
        public void endRow(int index) {
            if (any) {
                rows.row(index + 1, cells.stream().map(c -> c == null ? "" : c).toList());
            }
        }
    }
}
