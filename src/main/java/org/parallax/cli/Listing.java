package org.parallax.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parallax.io.CsvCells;
import org.parallax.io.TableSheet;

/** A header and rows of cells, rendered as an aligned table, CSV or JSON (an array of objects). */
final class Listing {

    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();
    /** The columns that quote the documents' own words ({@link TableSheet#quoted}). */
    private java.util.Set<String> quoted = java.util.Set.of();

    Listing(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** Marks {@code columns} as the documents' own words, which a written file passes as quotes. */
    Listing quoting(String... columns) {
        quoted = java.util.Set.of(columns);
        return this;
    }

    Listing row(Object... cells) {
        rows.add(java.util.Arrays.asList(cells));
        return this;
    }

    /** Renders the listing; CSV text cells are guarded against spreadsheet formulas (docs/export.md). */
    String render(OutputFormat format) {
        return render(format, true);
    }

    /** Renders the listing; {@code formulaGuard} prefixes CSV text cells that a spreadsheet would run with '. */
    String render(OutputFormat format, boolean formulaGuard) {
        return switch (format) {
            case table -> table();
            case csv -> csv(formulaGuard);
            case json -> json();
            case xlsx -> throw new IllegalArgumentException("--format xlsx needs --out FILE.xlsx");
        };
    }

    /** A listing of a view's typed table (numbers, dates), as the workbench builds it for every output. */
    static Listing of(TableSheet table) {
        Listing listing = new Listing(table.header());
        table.rows().forEach(row -> listing.rows.add(new ArrayList<Object>(row)));
        return listing;
    }

    /** The listing as a spreadsheet table: numbers, dates and instants stay typed, every other cell is text. */
    TableSheet sheet(String name) {
        return new TableSheet(name, header, rows.stream().map(row -> row.stream().map(cell -> cell == null
                || cell instanceof Number || cell instanceof java.time.temporal.Temporal ? cell
                : (Object) cell.toString()).toList()).toList(), quoted);
    }

    private String table() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<Object> row : rows) {
                widths[i] = Math.max(widths[i], text(row.get(i)).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(header), widths);
        for (List<Object> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            Object cell = cells.get(i);
            String text = text(cell).replace('\n', ' ');
            boolean number = cell instanceof Number;
            String pad = " ".repeat(Math.max(0, widths[i] - text.length()));
            line.append(i == 0 ? "" : "  ").append(number ? pad + text : text + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** Numbers stay as they are (a negative count is not a formula); every text cell may be guarded. */
    private String csv(boolean formulaGuard) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").build())) {
            printer.printRecord(header.stream().map(h -> formulaGuard ? CsvCells.neutralise(h) : h).toList());
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(cell -> formulaGuard && !(cell instanceof Number)
                        ? CsvCells.neutralise(text(cell)) : text(cell)).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String json() {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                Object cell = row.get(i);
                object.put(header.get(i), cell instanceof Number || cell == null ? cell : cell.toString());
            }
            objects.add(object);
        }
        return Json.write(objects);
    }

    /** Jackson, loaded only when JSON is asked for: a table or CSV listing need not load its ~370 classes. */
    private static final class Json {
        private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        static String write(Object value) {
            try {
                return MAPPER.writeValueAsString(value) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static String text(Object cell) {
        return cell == null ? "" : cell.toString();
    }

    static void print(PrintWriter out, Listing listing, OutputFormat format) {
        print(out, listing, format, true);
    }

    static void print(PrintWriter out, Listing listing, OutputFormat format, boolean formulaGuard) {
        out.print(listing.render(format, formulaGuard));
        out.flush();
    }
}
