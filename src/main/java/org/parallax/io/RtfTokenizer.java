package org.parallax.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.parallax.model.Counted;

/**
 * The tokens of an RTF file, read byte by byte: group braces, control words with their parameter, control symbols
 * and text bytes ({@code \'hh} comes as the byte it names). {@code \binN} data is stepped over, as it is no text
 * whatever it holds (braces, backslashes); line ends are for RTF's writers and are dropped.
 */
final class RtfTokenizer {
    /** What {@link #next} read. */
    enum Token { OPEN, CLOSE, WORD, SYMBOL, BYTE, BINARY, END }

    private static final int MAX_WORD = 32;
    /** Digits of a parameter quoted in a message; the rest are shown as an ellipsis. */
    private static final int MAX_DIGITS_SHOWN = 20;

    private final Path file;
    private final byte[] in;
    private final ExtractionBudget budget;
    private int pos;
    private String word = "";
    private int param;
    /** Where the last control word's parameter is written in the file (sign and digits). */
    private int paramStart;
    private int paramEnd;
    private boolean hasParam;
    private int value;

    RtfTokenizer(Path file, byte[] in, ExtractionBudget budget) {
        this.file = file;
        this.in = in;
        this.budget = budget;
        this.pos = hasByteOrderMark(in) ? 3 : 0;
    }

    /** Whether {@code bytes} begin as RTF does, after white space or a UTF-8 byte order mark. */
    static boolean looksLikeRtf(byte[] bytes) {
        int i = hasByteOrderMark(bytes) ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return bytes.length - i >= 5 && new String(bytes, i, 5, StandardCharsets.US_ASCII).equals("{\\rtf");
    }

    /** Reads the next token; {@link Token#END} at the end of the file. */
    Token next() {
        while (pos < in.length) {
            budget.tick();
            int b = in[pos++] & 0xFF;
            switch (b) {
                case '{':
                    return Token.OPEN;
                case '}':
                    return Token.CLOSE;
                case '\\':
                    Token control = control();
                    if (control != null) {
                        return control;
                    }
                    break;
                case '\r', '\n':
                    break;
                case '\t':
                    return word("tab", 0, false);
                default:
                    value = b;
                    return Token.BYTE;
            }
        }
        return Token.END;
    }

    /** The control word just read. */
    String word() {
        return word;
    }

    /** The control word's parameter as the file writes it (sign and digits), empty when it has none. */
    String paramWritten() {
        int shown = Math.min(paramEnd - paramStart, MAX_DIGITS_SHOWN);
        return new String(in, paramStart, shown, StandardCharsets.US_ASCII) + (paramEnd - paramStart > shown ? "…" : "");
    }

    /** The control word's parameter, 0 when it has none. */
    int param() {
        return param;
    }

    boolean hasParam() {
        return hasParam;
    }

    /** The byte or the control symbol's character just read. */
    int value() {
        return value;
    }

    /** What follows a backslash, or null for nothing (a bad {@code \'hh}, a backslash at the end). */
    private Token control() {
        if (pos >= in.length) {
            return null;
        }
        int c = in[pos];
        if (!isLetter(c)) {
            pos++;
            return c == '\'' ? hexByte() : symbol(c);
        }
        int start = pos;
        while (pos < in.length && isLetter(in[pos]) && pos - start < MAX_WORD) {
            pos++;
        }
        String name = new String(in, start, pos - start, StandardCharsets.US_ASCII);
        boolean negative = pos < in.length && in[pos] == '-';
        if (negative) {
            pos++;
        }
        // Every digit is the parameter's, however many: ten of 12 digits left two to be read as text. The value
        // saturates past an int; where it is written is kept for messages.
        long number = 0;
        int digitsStart = pos;
        while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
            number = Math.min(number * 10 + (in[pos++] - '0'), 1L << 32);
        }
        int digits = pos - digitsStart;
        paramStart = negative ? digitsStart - 1 : digitsStart;
        paramEnd = pos;
        if (pos < in.length && in[pos] == ' ') {
            pos++;
        }
        int clamped = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, negative ? -number : number));
        if ("bin".equals(name)) {
            skipBinary(clamped);
            return Token.BINARY;
        }
        return word(name, clamped, digits > 0);
    }

    private Token hexByte() {
        int hex = pos + 1 < in.length ? hex(in[pos], in[pos + 1]) : -1;
        pos = Math.min(in.length, pos + 2);
        if (hex < 0) {
            return null;
        }
        value = hex;
        return Token.BYTE;
    }

    private Token symbol(int c) {
        value = c;
        return Token.SYMBOL;
    }

    private Token word(String name, int parameter, boolean given) {
        word = name;
        param = parameter;
        hasParam = given;
        return Token.WORD;
    }

    /** {@code \binN}: N bytes of binary data. */
    private void skipBinary(int count) {
        if (count > in.length - pos) {
            throw new ImportException(file, "damaged RTF file (\\bin" + paramWritten() + " announces " + paramWritten()
                    + " bytes of binary data, but the file ends " + Counted.of(in.length - pos, "byte") + " later)");
        }
        pos += Math.max(0, count);
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static int hex(byte high, byte low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }

    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
