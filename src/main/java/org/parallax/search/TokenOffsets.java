package org.parallax.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * Where each word position of a text starts and ends (UTF-16 offsets), found by one tokenizer pass at indexing time
 * and kept as the {@link IndexFields#OFFSETS} doc value, so the text fields need no offsets in their postings
 * (ADR 0017). Positions are the tokenizer's, which every text field's filters keep.
 *
 * <p>Encoding: {@code vint n}, {@code byte dense}, {@code vint blocks}, one {@code int} per block of
 * {@value #BLOCK} tokens giving where its data starts, then per token its gap from the previous token's end (from 0
 * at a block's start) and its length: one byte {@code gap << 6 | length} when the gap is 0–3 and the length 1–63
 * (nearly every word: about a byte a word), else a 0 byte and both as vints. When positions are not 0..n-1
 * ({@code dense} 0) the n position increments follow as vints. A lookup decodes one block, not the whole document.
 */
final class TokenOffsets {
    static final int BLOCK = 64;
    /** Starts a token written as two variable-length integers; no packed token is 0 (a word has a length). */
    private static final int ESCAPE = 0;

    private int count;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int[] increments = new int[256];
    private boolean dense = true;

    /** Records the tokens of {@code tokens} (a tokenizer over {@code text}), which it consumes and closes. */
    static TokenOffsets record(TokenStream tokens) {
        TokenOffsets recorded = new TokenOffsets();
        OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
        try (tokens) {
            tokens.reset();
            while (tokens.incrementToken()) {
                recorded.add(offset.startOffset(), offset.endOffset(), increment.getPositionIncrement());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String's reader does not fail
        }
        return recorded;
    }

    private void add(int start, int end, int increment) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            increments = Arrays.copyOf(increments, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        increments[count] = increment;
        dense &= increment == 1;
        count++;
    }

    int count() {
        return count;
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return ends[token];
    }

    int increment(int token) {
        return increments[token];
    }

    BytesRef encode() {
        int blocks = (count + BLOCK - 1) / BLOCK;
        Bytes out = new Bytes(16 + 4 * blocks + 2 * count);
        out.writeVInt(count);
        out.write(dense ? 1 : 0);
        out.writeVInt(blocks);
        int table = out.length;
        out.length += 4 * blocks;
        int dataStart = out.length;
        int previousEnd = 0;
        for (int i = 0; i < count; i++) {
            if (i % BLOCK == 0) {
                out.putInt(table + 4 * (i / BLOCK), out.length - dataStart);
                previousEnd = 0;
            }
            int gap = starts[i] - previousEnd;
            int length = ends[i] - starts[i];
            if (gap >= 0 && gap <= 3 && length >= 1 && length <= 63) {
                out.write(gap << 6 | length);
            } else {
                out.write(ESCAPE);
                out.writeVInt(gap);
                out.writeVInt(length);
            }
            previousEnd = ends[i];
        }
        if (!dense) {
            for (int i = 0; i < count; i++) {
                out.writeVInt(increments[i]);
            }
        }
        return new BytesRef(out.bytes, 0, out.length);
    }

    /** A byte array that grows; variable-length integers are 7 bits a byte, low bits first. */
    private static final class Bytes {
        byte[] bytes;
        int length;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        void write(int b) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[length++] = (byte) b;
        }

        void writeVInt(int value) {
            while ((value & ~0x7F) != 0) {
                write(value & 0x7F | 0x80);
                value >>>= 7;
            }
            write(value);
        }

        void putInt(int at, int value) {
            for (int i = 0; i < 4; i++) {
                bytes[at + i] = (byte) (value >>> (24 - 8 * i));
            }
        }
    }

    /** Reads bytes written by {@link Bytes}. */
    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes, int at) {
            this.bytes = bytes;
            this.at = at;
        }

        int read() {
            return bytes[at++] & 0xFF;
        }

        int readVInt() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                int b = read();
                value |= (b & 0x7F) << shift;
                if (b < 0x80) {
                    return value;
                }
            }
        }

        int readInt() {
            return read() << 24 | read() << 16 | read() << 8 | read();
        }
    }

    /** Reads an encoded table: the offsets of word positions, one block decoded at a time. */
    static final class Table {
        private final byte[] bytes;
        private final int count;
        /** Where the blocks' data pointers start, one int each. */
        private final int pointers;
        private final int dataStart;
        /** Position of each token, for a table whose positions are not 0..n-1; null when they are. */
        private final int[] positions;
        private final int[] blockOffsets = new int[2 * BLOCK];
        private int decodedBlock = -1;
        /** Words of the current block decoded so far, where the next starts, and the end of the last. */
        private int decoded;
        private Reader in;
        private int previousEnd;

        /** Reads {@code encoded} in place: it must not change while this table is used. */
        Table(BytesRef encoded) {
            bytes = encoded.bytes;
            Reader in = new Reader(bytes, encoded.offset);
            count = in.readVInt();
            boolean dense = in.read() == 1;
            int blocks = in.readVInt();
            pointers = in.at;
            dataStart = pointers + 4 * blocks;
            positions = dense ? null : readPositions();
        }

        private int[] readPositions() {
            Reader in = new Reader(bytes, dataStart);
            for (int i = 0; i < count; i++) {
                skipToken(in);
            }
            int[] result = new int[count];
            int position = -1;
            for (int i = 0; i < count; i++) {
                position += in.readVInt();
                result[i] = position;
            }
            return result;
        }

        private static void skipToken(Reader in) {
            if (in.read() == ESCAPE) {
                in.readVInt();
                in.readVInt();
            }
        }

        /** Offset of the first character of the word at {@code position}. */
        int start(int position) {
            return offset(position, 0);
        }

        /** Offset just after the last character of the word at {@code position}. */
        int end(int position) {
            return offset(position, 1);
        }

        private int offset(int position, int which) {
            int token = positions == null ? position : Arrays.binarySearch(positions, position);
            if (token < 0 || token >= count) {
                throw new IllegalStateException("No word at position " + position + " of " + count);
            }
            int block = token / BLOCK;
            if (block != decodedBlock) {
                decodedBlock = block;
                decoded = 0;
                previousEnd = 0;
                in = new Reader(bytes, dataStart + new Reader(bytes, pointers + 4 * block).readInt());
            }
            decodeTo(token % BLOCK);
            return blockOffsets[2 * (token % BLOCK) + which];
        }

        /** Decodes the current block's words up to {@code last}: a lookup reads half a block on average. */
        private void decodeTo(int last) {
            for (; decoded <= last; decoded++) {
                int b = in.read();
                int start;
                if (b == ESCAPE) {
                    start = previousEnd + in.readVInt();
                    previousEnd = start + in.readVInt();
                } else {
                    start = previousEnd + (b >>> 6);
                    previousEnd = start + (b & 63);
                }
                blockOffsets[2 * decoded] = start;
                blockOffsets[2 * decoded + 1] = previousEnd;
            }
        }
    }
}
