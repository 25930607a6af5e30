package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
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

    static void read(Path file, ImportLimits limits, Rows rows) {
        DocumentReader.checkSize(file, limits);
        ZipBombGuard guard = new ZipBombGuard(limits);
        guard.check(file, FORMAT);
        guard.limitPoi();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            String kind = mainPartType(pkg);
            if (!kind.contains("spreadsheetml") && !kind.contains("ms-excel")) {
                throw new ImportException(file, "not an Excel workbook" + (kind.contains("wordprocessingml")
                        ? " (a Word document)" : kind.contains("presentationml") ? " (a PowerPoint presentation)" : ""));
            }
            XSSFReader workbook = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = workbook.getStylesTable();
            Iterator<InputStream> sheets = workbook.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportException(file, "the workbook has no worksheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles == null ? new StylesTable() : styles, null,
                        new CheckedStrings(strings), new RowCollector(rows), new DataFormatter(Locale.ROOT), false));
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
        for (String relation : List.of(PackageRelationshipTypes.CORE_DOCUMENT,
                PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
            PackageRelationship main = pkg.getRelationshipsByType(relation).getRelationship(0);
            PackagePart part = main == null ? null : pkg.getPart(main);
            if (part != null) {
                return part.getContentType();
            }
        }
        return "";
    }

    /** The shared strings, a cell's reference past them said in words rather than with every string listed. */
    private record CheckedStrings(SharedStrings strings) implements SharedStrings {
        @Override
        public RichTextString getItemAt(int index) {
            try {
                return strings.getItemAt(index);
            } catch (RuntimeException e) {
                throw new IllegalStateException("a cell refers to string " + index + " of the shared strings, which "
                        + "hold " + strings.getUniqueCount(), e);
            }
        }

        @Override
        public int getCount() {
            return strings.getCount();
        }

        @Override
        public int getUniqueCount() {
            return strings.getUniqueCount();
        }
    }

    /** Gathers one row's cells by their column, which a writer may leave out of the cell's reference. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private final List<String> cells = new ArrayList<>();
        private boolean any;

        RowCollector(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int index) {
            cells.clear();
            any = false;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS || value == null) {
                return;
            }
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, value);
            any |= !value.isEmpty();
        }

        @Override
        public void endRow(int index) {
            if (any) {
                rows.row(index + 1, cells.stream().map(c -> c == null ? "" : c).toList());
            }
        }
    }
}
