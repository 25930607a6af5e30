package org.parallax.analysis;

import java.util.Arrays;

/**
 * A map from long ids to dense indexes 0..size-1 without boxing in hot loops: a direct table when the
 * ids lie in a small known range (database ids usually do), open addressing otherwise.
 */
final class LongIndex {
    private static final int FREE = -1;
    private static final long MAX_DIRECT_RANGE = 1 << 20;

    private final long offset;
    private final int[] direct;
    private long[] keys;
    private int[] values;
    private int size;

    LongIndex(int expected) {
        this(expected, 0, -1);
    }

    private LongIndex(int expected, long min, long max) {
        long range = max - min + 1;
        if (range > 0 && range <= Math.max(MAX_DIRECT_RANGE, 16L * expected)) {
            offset = min;
            direct = new int[(int) range];
            Arrays.fill(direct, FREE);
            return;
        }
        offset = 0;
        direct = null;
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, FREE);
    }

    /** An index for ids known to lie in {@code [min, max]}; ids outside are simply not found or hashed. */
    static LongIndex forRange(int expected, long min, long max) {
        return min > max ? new LongIndex(expected) : new LongIndex(expected, min, max);
    }

    int size() {
        return size;
    }

    /** The most indexes this can give: the width of its range for ids in a known range, else unbounded. */
    long capacity() {
        return direct != null ? direct.length : Integer.MAX_VALUE;
    }

    /** The index of {@code key}, or -1 if it was never added. */
    int indexOf(long key) {
        if (direct != null) {
            long slot = key - offset;
            return slot >= 0 && slot < direct.length ? direct[(int) slot] : FREE;
        }
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            int value = values[slot];
            if (value == FREE || keys[slot] == key) {
                return value;
            }
        }
    }

    /** The index of {@code key}, giving it the next free index if it is new. */
    int indexOrAdd(long key) {
        if (direct != null) {
            long slot = key - offset;
            if (slot < 0 || slot >= direct.length) {
                throw new IllegalArgumentException("Id " + key + " outside the declared range of this index");
            }
            int value = direct[(int) slot];
            if (value == FREE) {
                value = size++;
                direct[(int) slot] = value;
            }
            return value;
        }
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (values[slot] != FREE) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = size;
        if (++size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(values, FREE);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != FREE) {
                int slot = hash(oldKeys[i]) & mask;
                while (values[slot] != FREE) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
