package org.parallax.io;

import java.util.List;

/**
 * One table for a spreadsheet: a sheet name, the header and rows of typed cells (numbers stay numbers,
 * dates stay dates, null is an empty cell). Rows may be produced lazily, so a large table streams.
 */
public record TableSheet(String name, List<String> header, Iterable<List<Object>> rows) {
    public TableSheet {
        header = List.copyOf(header);
    }
}
