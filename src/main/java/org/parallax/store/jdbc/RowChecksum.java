package org.parallax.store.jdbc;

import java.util.zip.CRC32;

/**
 * The CRC-32 of one row's values, as written and as read back: each value is a kind mark (null, integer, real,
 * text) and its bytes, so a flipped bit in a number, a string's length or a value's kind changes the sum. One
 * instance is reused for every row of a batch: 200,000 passages cost one buffer, not 200,000.
 */
final class RowChecksum {
    private static final byte NULL = 0;
    private static final byte INTEGER = 1;
    private static final byte REAL = 2;
    private static final byte TEXT = 3;

    private final CRC32 crc = new CRC32();
    private byte[] buffer = new byte[256];
    private int length;
    /** Bytes of the row summed so far, and at {@link #value} the row's whole length. */
    private long summed;

    /** Starts the next row. */
    RowChecksum start() {
        crc.reset();
        length = 0;
        summed = 0;
        return this;
    }

    RowChecksum addNull() {
        room(1);
        buffer[length++] = NULL;
        return this;
    }

    RowChecksum add(long value) {
        room(9);
        buffer[length++] = INTEGER;
        putLong(value);
        return this;
    }

    RowChecksum add(double value) {
        room(9);
        buffer[length++] = REAL;
        putLong(Double.doubleToLongBits(value));
        return this;
    }

    /** Text as its UTF-16 units (what Java reads back from either database), after its length. */
    RowChecksum add(String value) {
        if (value == null) {
            return addNull();
        }
        int chars = value.length();
        room(5 + 2 * chars);
        buffer[length++] = TEXT;
        putInt(chars);
        for (int i = 0; i < chars; i++) {
            char c = value.charAt(i);
            buffer[length++] = (byte) (c >>> 8);
            buffer[length++] = (byte) c;
        }
        return this;
    }

    /**
     * The row's sum as a signed 32-bit number: SQLite stores it in 4 bytes of the row, where 0 to 2^32 - 1 took 6, and
     * a batch of 200,000 passages writes 400 KB less.
     */
    long value() {
        crc.update(buffer, 0, length);
        summed += length;
        length = 0;
        return (int) crc.getValue();
    }

    /** How many bytes the last row's {@link #value} covered. */
    long summedBytes() {
        return summed;
    }

    private void room(int bytes) {
        if (length + bytes > buffer.length) {
            // A long text: sum what is held so far and go on (the CRC of the whole is the same).
            crc.update(buffer, 0, length);
            summed += length;
            length = 0;
            if (bytes > buffer.length) {
                buffer = new byte[Math.max(bytes, 2 * buffer.length)];
            }
        }
    }

    private void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }

    private void putInt(int v) {
        buffer[length++] = (byte) (v >>> 24);
        buffer[length++] = (byte) (v >>> 16);
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }
}
