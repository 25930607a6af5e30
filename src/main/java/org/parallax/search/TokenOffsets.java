package org.parallax.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * Where each word position of a text starts and ends (UTF-16 offsets), found by one tokenizer pass at indexing time
 * and kept as the {@link IndexFields#OFFSETS} doc value, so the text fields need no offsets in their postings
 * (ADR 0017). Positions are the tokenizer's, which every text field's filters keep.
 *
 * <p>Encoding: {@code vint n}, {@code byte dense}, {@code vint blocks}, one {@code int} per block of
 * {@value #BLOCK} tokens giving where its data starts, then per token {@code vint start - previous end} (the
 * previous end is 0 at a block's start) and {@code vint end - start}; when positions are not 0..n-1 ({@code dense}
 * 0) the n position increments follow as vints. A lookup decodes one block, not the whole document.
 */
final class TokenOffsets {
    static final int BLOCK = 64;

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
        try {
            ByteBuffersDataOutput data = new ByteBuffersDataOutput();
            int blocks = (count + BLOCK - 1) / BLOCK;
            int[] blockStarts = new int[blocks];
            int previousEnd = 0;
            for (int i = 0; i < count; i++) {
                if (i % BLOCK == 0) {
                    blockStarts[i / BLOCK] = (int) data.size();
                    previousEnd = 0;
                }
                data.writeVInt(starts[i] - previousEnd);
                data.writeVInt(ends[i] - starts[i]);
                previousEnd = ends[i];
            }
            if (!dense) {
                for (int i = 0; i < count; i++) {
                    data.writeVInt(increments[i]);
                }
            }
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            out.writeVInt(count);
            out.writeByte((byte) (dense ? 1 : 0));
            out.writeVInt(blocks);
            for (int blockStart : blockStarts) {
                out.writeInt(blockStart);
            }
            data.copyTo(out);
            return new BytesRef(out.toArrayCopy());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory only
        }
    }

    /** Reads an encoded table: the offsets of word positions, one block decoded at a time. */
    static final class Table {
        private final byte[] bytes;
        private final int count;
        private final int[] blockStarts;
        private final int dataStart;
        /** Position of each token, for a table whose positions are not 0..n-1; null when they are. */
        private final int[] positions;
        private final int[] blockOffsets = new int[2 * BLOCK];
        private int decodedBlock = -1;

        Table(BytesRef encoded) {
            bytes = Arrays.copyOfRange(encoded.bytes, encoded.offset, encoded.offset + encoded.length);
            ByteArrayDataInput in = new ByteArrayDataInput(bytes);
            count = in.readVInt();
            boolean dense = in.readByte() == 1;
            blockStarts = new int[in.readVInt()];
            for (int i = 0; i < blockStarts.length; i++) {
                blockStarts[i] = in.readInt();
            }
            dataStart = in.getPosition();
            positions = dense ? null : readPositions();
        }

        private int[] readPositions() {
            ByteArrayDataInput in = new ByteArrayDataInput(bytes, dataStart, bytes.length - dataStart);
            for (int i = 0; i < count; i++) {
                in.readVInt();
                in.readVInt();
            }
            int[] result = new int[count];
            int position = -1;
            for (int i = 0; i < count; i++) {
                position += in.readVInt();
                result[i] = position;
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

        private int offset(int position, int which) {
            int token = positions == null ? position : Arrays.binarySearch(positions, position);
            if (token < 0 || token >= count) {
                throw new IllegalStateException("No word at position " + position + " of " + count);
            }
            int block = token / BLOCK;
            if (block != decodedBlock) {
                decode(block);
            }
            return blockOffsets[2 * (token % BLOCK) + which];
        }

        private void decode(int block) {
            ByteArrayDataInput in = new ByteArrayDataInput(bytes, dataStart + blockStarts[block],
                    bytes.length - dataStart - blockStarts[block]);
            int tokens = Math.min(BLOCK, count - block * BLOCK);
            int previousEnd = 0;
            for (int i = 0; i < tokens; i++) {
                int start = previousEnd + in.readVInt();
                previousEnd = start + in.readVInt();
                blockOffsets[2 * i] = start;
                blockOffsets[2 * i + 1] = previousEnd;
            }
            decodedBlock = block;
        }
    }
}
