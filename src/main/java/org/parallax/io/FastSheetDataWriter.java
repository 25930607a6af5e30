package org.parallax.io;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's sheet writer with the two costs that dominated a 200,000-row sheet taken out: it escaped text one
 * code point at a time through a synchronised {@code BufferedWriter} (a lock per character), and it gzipped
 * the temporary sheet only to inflate it again when the workbook is zipped. This one writes runs of plain
 * characters at once into an unsynchronised buffer and keeps the temporary file uncompressed; what reaches
 * the file is the same XML POI writes.
 */
final class FastSheetDataWriter extends SheetDataWriter {
    FastSheetDataWriter(SharedStringsTable sharedStrings) throws IOException {
        super(sharedStrings);
    }

    @Override
    public Writer createWriter(File file) throws IOException {
        return new PlainBufferedWriter(new OutputStreamWriter(
                new BufferedOutputStream(new FileOutputStream(file), 1 << 16), StandardCharsets.UTF_8));
    }

    /**
     * Escapes as POI does: markup characters and tab, line feed, carriage return and no-break space as
     * references, other control characters and U+FFFE/U+FFFF as '?', everything else as is (a lone
     * surrogate becomes '?' in the UTF-8 encoder, as in POI).
     */
    @Override
    protected void outputEscapedString(String text) throws IOException {
        if (text == null) {
            return;
        }
        int run = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement != null) {
                _out.write(text, run, i - run);
                _out.write(replacement);
                run = i + 1;
            }
        }
        _out.write(text, run, length - run);
    }

    private static String replacement(char c) {
        if (c >= ' ' && c < 0xA0 && c != '<' && c != '>' && c != '&' && c != '"') {
            return null;
        }
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\n' -> "&#xa;";
            case '\r' -> "&#xd;";
            case '\t' -> "&#x9;";
            case 0xA0 -> "&#xa0;";
            default -> c < ' ' || c >= 0xFFFE ? "?" : null;
        };
    }

    /** A character buffer without a lock: the sheet writer is used by one thread. */
    private static final class PlainBufferedWriter extends Writer {
        private final Writer out;
        private final char[] buffer = new char[1 << 15];
        private int used;
        private boolean closed;

        PlainBufferedWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (length > buffer.length - used) {
                drain();
                if (length > buffer.length) {
                    out.write(text, offset, length);
                    return;
                }
            }
            text.getChars(offset, offset + length, buffer, used);
            used += length;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (length > buffer.length - used) {
                drain();
                if (length > buffer.length) {
                    out.write(chars, offset, length);
                    return;
                }
            }
            System.arraycopy(chars, offset, buffer, used, length);
            used += length;
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        /** Closing twice is harmless, as POI closes a sheet's writer both when it is written and when disposed. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                drain();
            } finally {
                out.close();
            }
        }
    }
}
