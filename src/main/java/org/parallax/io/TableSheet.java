package org.parallax.io;

import java.util.List;
import java.util.Set;

/**
 * One table for a spreadsheet: a sheet name, the header and rows of typed cells (numbers stay numbers,
 * dates stay dates, null is an empty cell). Rows may be produced lazily, so a large table streams. {@code quoted}
 * names the columns whose cells are the documents' own words (a passage, a quote, a search hit), which a
 * pseudonymised file treats as the documents' texts, not as what an analyst wrote. {@code note} is a line written
 * under the table (which coders' layers a count counts), empty for none: a sheet handed on keeps what the command's
 * or the window's message said beside it.
 */
public record TableSheet(String name, List<String> header, Iterable<List<Object>> rows, Set<String> quoted,
                         String note) {
    public TableSheet {
        header = List.copyOf(header);
        quoted = Set.copyOf(quoted);
        note = note == null ? "" : note;
    }

    /** A table with no column quoting the documents. */
    public TableSheet(String name, List<String> header, Iterable<List<Object>> rows) {
        this(name, header, rows, Set.of(), "");
    }

    /** A table without a note. */
    public TableSheet(String name, List<String> header, Iterable<List<Object>> rows, Set<String> quoted) {
        this(name, header, rows, quoted, "");
    }

    /** The same table, its columns {@code columns} the documents' own words. */
    public TableSheet quoting(String... columns) {
        return new TableSheet(name, header, rows, Set.of(columns), note);
    }

    /** The same table with {@code line} under it. */
    public TableSheet noting(String line) {
        return new TableSheet(name, header, rows, quoted, line);
    }
}
