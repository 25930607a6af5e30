package org.parallax.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bytes decoded as UTF-8 (or UTF-16) with each malformed sequence replaced by U+FFFD, remembering where the
 * malformed sequences start and how many well-formed non-ASCII characters there are, to tell damaged
 * UTF-8 from text in another encoding.
 */
record DecodingDamage(String text, List<Integer> malformedOffsets, long wellFormedNonAscii, Charset charset) {
    /** How many byte offsets a warning lists before it only counts the rest. */
    static final int LISTED_OFFSETS = 10;

    static DecodingDamage decode(byte[] bytes, int offset) {
        return decode(bytes, offset, StandardCharsets.UTF_8);
    }

    /**
     * In UTF-16 a malformed unit is half a character (a surrogate without its partner, or a last odd byte): what a
     * program that cut a string between the halves of an emoji wrote.
     */
    static DecodingDamage decode(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        StringBuilder text = new StringBuilder(bytes.length);
        List<Integer> malformed = new ArrayList<>();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            drain(out, text);
            if (result.isError()) {
                malformed.add(in.position());
                text.append('\uFFFD');
                // Java's UTF-16 decoder counts the unit after a lone high surrogate into the damage: only the half goes.
                int damaged = charset.equals(StandardCharsets.UTF_8) ? result.length() : Math.min(result.length(), 2);
                in.position(in.position() + damaged);
            } else if (result.isUnderflow()) {
                decoder.flush(out);
                drain(out, text);
                break;
            }
        }
        long nonAscii = text.chars().filter(c -> c >= 0x80 && c != '\uFFFD' && !Character.isLowSurrogate((char) c))
                .count();
        return new DecodingDamage(text.toString(), List.copyOf(malformed), nonAscii, charset);
    }

    /**
     * Damaged UTF-8 rather than another encoding: at least as many well-formed non-ASCII characters as
     * malformed sequences. Text in Windows-1251 or -1252 read as UTF-8 has almost no well-formed
     * non-ASCII characters (its letters above 0x7F are followed by ASCII or by other letters, never by
     * the continuation bytes UTF-8 needs), while a UTF-8 file with a few bad bytes has many.
     */
    boolean isMostlyUtf8() {
        return wellFormedNonAscii >= malformedOffsets.size();
    }

    /** One line naming the file and the byte offsets (from 0) of the malformed sequences. */
    String warning(Path file) {
        String listed = malformedOffsets.stream().limit(LISTED_OFFSETS).map(String::valueOf)
                .collect(Collectors.joining(", "));
        int more = malformedOffsets.size() - LISTED_OFFSETS;
        String where = malformedOffsets.size() == 1 ? "byte " + listed
                : "bytes " + listed + (more > 0 ? " and " + more + " more" : "");
        Path name = file.getFileName();
        return (name == null ? file : name) + ": not valid " + (charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "UTF-16") + " at " + where
                + " (counted from 0), replaced by \uFFFD (U+FFFD)";
    }

    private static void drain(CharBuffer out, StringBuilder text) {
        out.flip();
        text.append(out);
        out.clear();
    }
}
