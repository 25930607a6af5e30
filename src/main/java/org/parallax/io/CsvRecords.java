package org.parallax.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Prints RFC 4180 records for a bulk export into a text buffer and hands whole blocks of it on: to a file as UTF-8
 * bytes, or to a writer. It prints exactly what Commons CSV's {@code CSVFormat.RFC4180} prints (CRLF after each
 * record, null as an empty cell, its minimal quoting, {@code CsvRecordsTest} compares the two), with two costs of a
 * 200,000-passage export removed (docs/performance.md, "Issue 18, session 10"): Commons CSV looked at every
 * character of a cell through a {@code CharSequence} and appended a cell piece by piece, and a writer copied each
 * block into a char array before encoding it, where a block of ASCII text becomes UTF-8 by one array copy.
 */
final class CsvRecords {
    private static final int BLOCK = 1 << 16;

    private final OutputStream bytes;
    private final Writer text;
    private final StringBuilder buffer = new StringBuilder(BLOCK + 4096);
    private Instant lastInstant;
    private String lastInstantText;

    /** Records written to {@code out} as UTF-8 without BOM. */
    CsvRecords(OutputStream out) {
        this.bytes = out;
        this.text = null;
    }

    /** Records written to {@code out}, which encodes them. */
    CsvRecords(Writer out) {
        this.bytes = null;
        this.text = out;
    }

    /** Prints one record: a cell is printed as its {@code toString()}, null as an empty cell. */
    void print(Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                buffer.append(',');
            }
            Object cell = cells[i];
            if (cell != null) {
                cell(cell.toString(), i == 0);
            }
        }
        buffer.append("\r\n");
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

    /** Writes what is buffered and flushes; the caller closes the stream or writer. */
    void finish() throws IOException {
        drain();
        if (bytes != null) {
            bytes.flush();
        } else {
            text.flush();
        }
    }

    /**
     * One cell, quoted where Commons CSV's minimal quoting quotes it: an empty first cell (else a record of one empty
     * cell would be an empty line), a cell starting with a character up to '#' or ending with one up to a space, and
     * one holding a comma, a quote or a line break; quotes inside are doubled.
     */
    private void cell(String value, boolean first) {
        int length = value.length();
        if (length == 0) {
            if (first) {
                buffer.append("\"\"");
            }
            return;
        }
        if (!needsQuotes(value, length)) {
            buffer.append(value);
            return;
        }
        buffer.append('"');
        int from = 0;
        for (int i = value.indexOf('"'); i >= 0; i = value.indexOf('"', i + 1)) {
            buffer.append(value, from, i + 1).append('"');
            from = i + 1;
        }
        buffer.append(value, from, length).append('"');
    }

    private static boolean needsQuotes(String value, int length) {
        if (value.charAt(0) <= '#' || value.charAt(length - 1) <= ' ') {
            return true;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private void drain() throws IOException {
        if (bytes != null) {
            bytes.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            text.append(buffer);
        }
        buffer.setLength(0);
    }
}
