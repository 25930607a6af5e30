package org.parallax.io;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Prints CSV records for a bulk export into a text buffer and hands the writer whole blocks of it. Commons CSV
 * appends cell by cell and delimiter by delimiter; straight into a {@code Writer} each of those appends is a locked
 * call (half of a 200,000-passage export's CPU time went there), into a {@code StringBuilder} an array copy.
 */
final class CsvRecords {
    private static final int BLOCK = 1 << 16;

    private final Writer out;
    private final StringBuilder buffer = new StringBuilder(BLOCK + 4096);
    private final CSVPrinter printer;
    private Instant lastInstant;
    private String lastInstantText;

    /** Prints the header of {@code format}, if it has one, at once. */
    CsvRecords(Writer out, CSVFormat format) throws IOException {
        this.out = out;
        this.printer = new CSVPrinter(buffer, format);
    }

    /** Prints one record; cells are printed as Commons CSV prints them (null as an empty cell). */
    void print(Object... cells) throws IOException {
        printer.printRecord(cells);
        if (buffer.length() >= BLOCK) {
            drain();
        }
    }

    /**
     * An instant as ISO text; exports hold many rows stored in one batch with the same timestamp, so the last one is
     * formatted once instead of once per row.
     */
    String instant(Instant instant) {
        if (!instant.equals(lastInstant)) {
            lastInstant = instant;
            lastInstantText = instant.toString();
        }
        return lastInstantText;
    }

    /** Writes what is buffered and flushes the writer; the caller closes it. */
    void finish() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        out.append(buffer);
        buffer.setLength(0);
    }
}
