package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Which encoding an HTML file's bytes are read in. A page that is valid UTF-8 is read as UTF-8 whatever it declares
 * (pages saved by some programs declare UTF-16 over UTF-8 bytes, which browsers, following the HTML standard, read
 * as UTF-8); a byte order mark, or a declared single-byte encoding, is left to jsoup. A page that is not UTF-8 and
 * declares nothing else is read as a .txt file is ({@link TextFileDecoder}: Windows-1251 or -1252, or UTF-8 with its
 * damage reported), not refused as binary data. An HTML part merged into a .docx ({@code w:altChunk}) is read by the
 * same rule.
 */
final class HtmlCharset {
    private static final int CHUNK = 64 * 1024;

    private HtmlCharset() {
    }

    /**
     * "UTF-8" for a page of valid UTF-8 without a byte order mark; "UTF-16LE" or "UTF-16BE" for one in UTF-16 without
     * it (its zero bytes, which are valid UTF-8 too, tell it); null to let jsoup read the mark or declaration.
     */
    static String forBytesIn(InputStream in) throws IOException {
        byte[] first = in.readNBytes(CHUNK);
        if (startsWithByteOrderMark(first)) {
            return null;
        }
        Optional<Charset> utf16 = TextFileDecoder.utf16WithoutByteOrderMark(first);
        if (utf16.isPresent()) {
            return utf16.get().name();
        }
        return validUtf8(first, in) ? StandardCharsets.UTF_8.name() : null;
    }

    /** Whether {@link #forBytesIn} found UTF-16 without a byte order mark. */
    static boolean isUtf16WithoutByteOrderMark(String charset) {
        return StandardCharsets.UTF_16LE.name().equals(charset) || StandardCharsets.UTF_16BE.name().equals(charset);
    }

    /** Whether jsoup, left to detect the encoding, fell back on UTF-8 or took a UTF-16 or UTF-32 declaration. */
    static boolean detectionFellThrough(Charset used) {
        String name = used.name();
        return used.equals(StandardCharsets.UTF_8) || name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }

    private static boolean startsWithByteOrderMark(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** Decodes the stream a chunk at a time into a small buffer, so a large page is never held twice. */
    private static boolean validUtf8(byte[] first, InputStream rest) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK + first.length);
        bytes.put(first);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        boolean end = false;
        while (!end) {
            int read = rest.read(bytes.array(), bytes.position(), bytes.remaining());
            end = read < 0;
            bytes.position(bytes.position() + Math.max(read, 0));
            bytes.flip();
            CoderResult result;
            do {
                chars.clear();
                result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
            } while (result.isOverflow());
            bytes.compact();
        }
        chars.clear();
        return !decoder.flush(chars).isError() && bytes.position() == 0;
    }
}
