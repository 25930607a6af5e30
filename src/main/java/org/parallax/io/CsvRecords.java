package org.parallax.io;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/**
 * Prints RFC 4180 records for a bulk export (comma, double quote, CRLF) into a character buffer and hands the writer
 * whole blocks of it. The cells come out byte for byte as Commons CSV's {@code CSVFormat.RFC4180} prints them
 * ({@code CsvRecordsTest} compares the two on adversarial cells): a cell is quoted when it is empty and first in its
 * record, starts with a character up to {@code '#'}, ends with one up to a space, or holds a comma, a quote, a CR or an
 * LF; quotes inside are doubled; null is an empty cell, never quoted. Commons CSV appends cell by cell
 * through an {@code Appendable} and copies its delimiter into a new array for every cell; a 200,000-passage export
 * spent a third of its time there and another sixth copying its text buffer into the writer.
 */
final class CsvRecords {
    private static final int BLOCK = 1 << 16;

    private final Writer out;
    private char[] buffer = new char[BLOCK + 4096];
    private int length;
    private boolean first = true;
    private Instant lastInstant;
    private String lastInstantText;

    CsvRecords(Writer out) {
        this.out = out;
    }

    /** Prints one record; each cell as its {@code toString()}, null as an empty cell. */
    void print(Object... cells) throws IOException {
        for (Object cell : cells) {
            if (cell == null) {
                empty();
            } else {
                cell(cell instanceof String s ? s : cell.toString());
            }
        }
        endRecord();
    }

    /** Adds an empty cell (what null prints as) to the current record. */
    void empty() {
        separate();
    }

    /** Adds a cell to the current record. */
    void cell(String text) {
        cell(text, 0, text.length(), false);
    }

    /**
     * Adds {@code text[start, end)} as a cell, with a leading single quote when {@code neutralise} and the cell would
     * otherwise start a spreadsheet formula ({@link CsvCells#neutralise}), without copying the range out first.
     */
    void cell(String text, int start, int end, boolean neutralise) {
        boolean newRecord = first;
        separate();
        boolean guard = neutralise && end > start && CsvCells.startsFormula(text.charAt(start));
        int size = end - start + (guard ? 1 : 0);
        reserve(size);
        int from = length;
        if (guard) {
            buffer[length++] = '\'';
        }
        text.getChars(start, end, buffer, length);
        length += end - start;
        if (needsQuotes(from, newRecord)) {
            length = from;
            quoted(guard, text, start, end);
        }
    }

    /** Ends the current record. */
    void endRecord() throws IOException {
        reserve(2);
        buffer[length++] = '\r';
        buffer[length++] = '\n';
        first = true;
        if (length >= BLOCK) {
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

    private void separate() {
        if (first) {
            first = false;
            return;
        }
        reserve(1);
        buffer[length++] = ',';
    }

    /** Whether the cell just copied to {@code buffer[from, length)} must be quoted (Commons CSV's minimal rule). */
    private boolean needsQuotes(int from, boolean newRecord) {
        if (length == from) {
            return newRecord;
        }
        if (buffer[from] <= '#') {
            return true;
        }
        for (int i = from; i < length; i++) {
            char c = buffer[i];
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return buffer[length - 1] <= ' ';
    }

    private void quoted(boolean guard, String text, int start, int end) {
        int quotes = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '"') {
                quotes++;
            }
        }
        reserve(end - start + quotes + 3);
        buffer[length++] = '"';
        if (guard) {
            buffer[length++] = '\'';
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            buffer[length++] = c;
            if (c == '"') {
                buffer[length++] = '"';
            }
        }
        buffer[length++] = '"';
    }

    private void reserve(int more) {
        if (length + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, length);
        length = 0;
    }
}
