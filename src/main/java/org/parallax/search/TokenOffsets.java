package org.parallax.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.CRC32C;
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
    /*
     * Six bytes a word while it is recorded, not twelve: a start, a length as a char (the tokenizer cuts words at 255
     * characters; a longer one turns the lengths into ints) and increments only once one is not 1. Ten million
     * one-letter words (a 20 MB text) did not fit the launchers' 256 MiB heap as three ints each.
     */
    private int[] starts = new int[256];
    private char[] lengths = new char[256];
    private int[] wideLengths;
    /** Null while every increment is 1 (the encoding's dense case), made at the first that is not. */
    private int[] increments;

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

    void add(int start, int end, int increment) {
        if (count == starts.length) {
            int capacity = count + (count >> 1);
            starts = Arrays.copyOf(starts, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            wideLengths = wideLengths == null ? null : Arrays.copyOf(wideLengths, capacity);
            increments = increments == null ? null : Arrays.copyOf(increments, capacity);
        }
        int length = end - start;
        if (length > Character.MAX_VALUE && wideLengths == null) {
            wideLengths = new int[starts.length];
            for (int i = 0; i < count; i++) {
                wideLengths[i] = lengths[i];
            }
        }
        if (increment != 1 && increments == null) {
            increments = new int[starts.length];
            Arrays.fill(increments, 0, count, 1);
        }
        starts[count] = start;
        lengths[count] = (char) length;
        if (wideLengths != null) {
            wideLengths[count] = length;
        }
        if (increments != null) {
            increments[count] = increment;
        }
        count++;
    }

    /** Drops the tokens after the first {@code count}, which were recorded with increments of 1. */
    void keep(int count) {
        this.count = count;
    }

    int count() {
        return count;
    }

    int start(int token) {
        return starts[token];
    }

    int end(int token) {
        return starts[token] + (wideLengths == null ? lengths[token] : wideLengths[token]);
    }

    int increment(int token) {
        return increments == null ? 1 : increments[token];
    }

    BytesRef encode() {
        int blocks = (count + BLOCK - 1) / BLOCK;
        Bytes out = new Bytes(32 + 8 * blocks + 2 * count);
        out.writeVInt(count);
        out.write(increments == null ? 1 : 0);
        out.writeVInt(blocks);
        int wordsEndAt = out.skip(4);
        int table = out.skip(8 * blocks);
        int headerCheckAt = out.skip(4);
        int dataStart = out.length;
        int previousEnd = 0;
        for (int i = 0; i < count; i++) {
            if (i % BLOCK == 0) {
                out.putInt(table + 8 * (i / BLOCK), out.length - dataStart);
                previousEnd = 0;
            }
            int gap = starts[i] - previousEnd;
            int length = end(i) - starts[i];
            if (gap >= 0 && gap <= 3 && length >= 1 && length <= 63) {
                out.write(gap << 6 | length);
            } else {
                out.write(ESCAPE);
                out.writeVInt(gap);
                out.writeVInt(length);
            }
            previousEnd = end(i);
        }
        int wordsEnd = out.length - dataStart;
        out.putInt(wordsEndAt, wordsEnd);
        for (int b = 0; b < blocks; b++) {
            int from = dataStart + out.getInt(table + 8 * b);
            int to = b + 1 < blocks ? dataStart + out.getInt(table + 8 * (b + 1)) : dataStart + wordsEnd;
            out.putInt(table + 8 * b + 4, check(out.bytes, from, to));
        }
        out.putInt(headerCheckAt, check(out.bytes, 0, headerCheckAt));
        if (increments != null) {
            int from = out.length;
            for (int i = 0; i < count; i++) {
                out.writeVInt(increment(i));
            }
            int to = out.length;
            out.putInt(out.skip(4), check(out.bytes, from, to));
        }
        return new BytesRef(out.bytes, 0, out.length);
    }

    /** The checksum that lets a reader tell a changed byte from a word (doc values are not verified on read). */
    private static int check(byte[] bytes, int from, int to) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, to - from);
        return (int) crc.getValue();
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

        /** Reserves {@code n} bytes to be put later; returns where they start. */
        int skip(int n) {
            int at = length;
            while (length + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            length += n;
            return at;
        }

        int getInt(int at) {
            return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
                    | bytes[at + 3] & 0xFF;
        }

        void putInt(int at, int value) {
            for (int i = 0; i < 4; i++) {
                bytes[at + i] = (byte) (value >>> (24 - 8 * i));
            }
        }
    }

    /** Reads bytes written by {@link Bytes}, never past {@code end}: a damaged table fails instead of reading on. */
    private static final class Reader {
        private byte[] bytes;
        private int end;
        private int at;

        Reader(byte[] bytes, int at, int end) {
            reset(bytes, at, end);
        }

        /** Reads {@code bytes} from {@code at} to {@code end} instead: a table reuses its readers from block to block. */
        Reader reset(byte[] bytes, int at, int end) {
            this.bytes = bytes;
            this.at = at;
            this.end = end;
            return this;
        }

        int read() {
            if (at >= end) {
                throw damaged("ends early");
            }
            return bytes[at++] & 0xFF;
        }

        int readVInt() {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int b = read();
                value |= (b & 0x7F) << shift;
                if (b < 0x80) {
                    return value;
                }
            }
            throw damaged("holds a number too long");
        }

        int readInt() {
            return read() << 24 | read() << 16 | read() << 8 | read();
        }
    }

    /**
     * A table that fails its checks: the index is damaged (Lucene does not verify doc values when it reads them, so
     * a changed byte would otherwise move hits onto other characters); the search marks the index for a rebuild.
     */
    static IllegalStateException damaged(String problem) {
        return new IllegalStateException("The word-offset table of a document " + problem
                + ": the search index is damaged");
    }

    /**
     * Reads an encoded table: the offsets of word positions, one block decoded (and checked) at a time. One table reads
     * document after document ({@link #read}), reusing its arrays: a {@code code:} search reads a table per matching
     * document.
     */
    static final class Table {
        private byte[] bytes;
        private int count;
        private int blocks;
        /** Where the blocks' data pointers and checksums start, two ints each. */
        private int pointers;
        private int dataStart;
        private int wordsEnd;
        /** Position of each token, for a table whose positions are not 0..n-1; null when they are. */
        private int[] positions;
        private final int[] blockOffsets = new int[2 * BLOCK];
        /** Where each block's first word starts, once its bytes are checked; -1 before (the first {@link #blocks}). */
        private int[] blockStarts = new int[0];
        private int decodedBlock = -1;
        /** Words of the current block decoded so far, where the next starts, and the end of the last. */
        private int decoded;
        private final Reader in = new Reader(null, 0, 0);
        /** Reads a block's first word for {@link #blockStart}, leaving {@link #in} where it is. */
        private final Reader probe = new Reader(null, 0, 0);
        private int previousEnd;

        /** A table of {@code encoded}; see {@link #read}. */
        Table(BytesRef encoded) {
            read(encoded);
        }

        /** A table to {@link #read} later. */
        Table() {
        }

        /**
         * Reads {@code encoded} in place from now on: it must not change while this table reads it. Its header is
         * checked here, each block when it is first read; a table that fails a check throws {@link #damaged}.
         */
        void read(BytesRef encoded) {
            bytes = encoded.bytes;
            int limit = encoded.offset + encoded.length;
            Reader in = probe.reset(bytes, encoded.offset, limit);
            count = in.readVInt();
            boolean dense = in.read() == 1;
            blocks = in.readVInt();
            if (count < 0 || blocks != (count + BLOCK - 1) / BLOCK) {
                throw damaged("has a wrong header");
            }
            int wordsEndFrom = in.readInt();
            pointers = in.at;
            long headerEnd = (long) pointers + 8L * blocks;
            if (headerEnd + 4 > limit) {
                throw damaged("ends early");
            }
            in.at = (int) headerEnd;
            int headerCheck = in.readInt();
            if (headerCheck != check(bytes, encoded.offset, (int) headerEnd)) {
                throw damaged("fails its checksum");
            }
            dataStart = in.at;
            wordsEnd = dataStart + wordsEndFrom;
            if (wordsEndFrom < 0 || wordsEnd > limit || wordsEnd < dataStart) {
                throw damaged("ends early");
            }
            positions = dense ? null : readPositions(limit);
            if (blockStarts.length < blocks) {
                blockStarts = new int[blocks];
            }
            Arrays.fill(blockStarts, 0, blocks, -1);
            decodedBlock = -1;
        }

        private int[] readPositions(int limit) {
            if (limit - wordsEnd < 4 + count) {
                throw damaged("ends early");
            }
            Reader in = new Reader(bytes, wordsEnd, limit - 4);
            int[] result = new int[count];
            int position = -1;
            for (int i = 0; i < count; i++) {
                position += in.readVInt();
                result[i] = position;
            }
            int increments = in.at;
            if (new Reader(bytes, increments, limit).readInt() != check(bytes, wordsEnd, increments)) {
                throw damaged("fails its checksum");
            }
            return result;
        }

        /** Offset of the first character of the word at {@code position}. */
        int start(int position) {
            return offset(position, 0);
        }

        /** Offset just after the last character of the word at {@code position}. */
        int end(int position) {
            return offset(position, 1);
        }

        /**
         * Where the block of {@value #BLOCK} words holding the word at {@code position} starts: no word at that
         * position or after it starts before. Reads the block's first word only, so a search can leave out a hit
         * whose words' blocks lie outside every passage without decoding the words before it.
         */
        int blockStart(int position) {
            return startOfBlock(token(position) / BLOCK);
        }

        /**
         * Where the block after the one holding the word at {@code position} starts ({@link Integer#MAX_VALUE} after
         * the last): no word at that position or before it ends after (one tokenizer's words do not overlap).
         */
        int nextBlockStart(int position) {
            int next = token(position) / BLOCK + 1;
            return next < blocks ? startOfBlock(next) : Integer.MAX_VALUE;
        }

        private int startOfBlock(int block) {
            if (blockStarts[block] < 0) {
                checkedBlock(block, probe);
            }
            return blockStarts[block];
        }

        private int token(int position) {
            int token = positions == null ? position : Arrays.binarySearch(positions, position);
            if (token < 0 || token >= count) {
                throw new IllegalStateException("No word at position " + position + " of " + count);
            }
            return token;
        }

        private int offset(int position, int which) {
            int token = token(position);
            int block = token / BLOCK;
            if (block != decodedBlock) {
                openBlock(block);
            }
            decodeTo(token % BLOCK);
            return blockOffsets[2 * (token % BLOCK) + which];
        }

        /** Starts decoding {@code block}. */
        private void openBlock(int block) {
            checkedBlock(block, in);
            decodedBlock = block;
            decoded = 0;
            previousEnd = 0;
        }

        /**
         * A reader of {@code block}'s bytes, checked against the checksum written with them when first read here (a
         * table serves one search: a byte changed later is found by the next search's table).
         */
        private Reader checkedBlock(int block, Reader reader) {
            Reader pointer = reader.reset(bytes, pointers + 8 * block, pointers + 8 * blocks);
            int from = dataStart + pointer.readInt();
            int sum = pointer.readInt();
            int to = block + 1 < blocks ? dataStart + pointer.readInt() : wordsEnd;
            if (from < dataStart || to <= from || to > wordsEnd) {
                throw damaged("fails its checksum");
            }
            if (blockStarts[block] < 0) {
                if (sum != check(bytes, from, to)) {
                    throw damaged("fails its checksum");
                }
                Reader first = reader.reset(bytes, from, to);
                int b = first.read();
                blockStarts[block] = b == ESCAPE ? first.readVInt() : b >>> 6;
            }
            return reader.reset(bytes, from, to);
        }

        /** Decodes the current block's words up to {@code last}: a lookup reads half a block on average. */
        private void decodeTo(int last) {
            // Locals, not fields, in the loop: the JIT keeps them in registers (a lookup's main cost is this loop).
            Reader reader = in;
            int[] out = blockOffsets;
            int end = previousEnd;
            int word = decoded;
            for (; word <= last; word++) {
                int b = reader.read();
                int start;
                if (b == ESCAPE) {
                    start = end + reader.readVInt();
                    end = start + reader.readVInt();
                } else {
                    start = end + (b >>> 6);
                    end = start + (b & 63);
                }
                out[2 * word] = start;
                out[2 * word + 1] = end;
            }
            decoded = word;
            previousEnd = end;
        }
    }
}
