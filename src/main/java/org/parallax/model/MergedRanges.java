package org.parallax.model;

import java.util.Arrays;
import java.util.List;

/**
 * Half-open character ranges {@code [starts[i], ends[i])}, sorted and disjoint: overlapping and touching ranges
 * joined. The one place ranges are merged; search's {@code code:} filter, co-occurrence and agreement all build theirs
 * here.
 */
public final class MergedRanges {
    public static final MergedRanges EMPTY = new MergedRanges(new int[0], new int[0]);

    private final int[] starts;
    private final int[] ends;

    private MergedRanges(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** Merges ranges given as {start, end} pairs or any rows whose last two entries are start and end. */
    public static MergedRanges ofRows(List<int[]> rows) {
        Builder builder = new Builder(rows.size());
        for (int[] r : rows) {
            builder.add(r[r.length - 2], r[r.length - 1]);
        }
        return builder.build();
    }

    public static MergedRanges of(List<TextRange> ranges) {
        Builder builder = new Builder(ranges.size());
        for (TextRange r : ranges) {
            builder.add(r.start(), r.end());
        }
        return builder.build();
    }

    /**
     * Collects ranges, each packed in one long (start high, end low): an {@code int[2]} or a TextRange per range was
     * about 30 bytes with its list slot, and at 3,000,000 passages (bench --scale 10) agreement's collected ranges
     * outgrew a 512 MiB heap (docs/performance.md, issue 18).
     */
    public static final class Builder {
        private long[] packed;
        private int size;

        public Builder() {
            this(4);
        }

        public Builder(int expected) {
            packed = new long[Math.max(expected, 1)];
        }

        /** Adds {@code [start, end)}; offsets are never negative, {@code end >= start}. */
        public void add(int start, int end) {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("Invalid text range [" + start + ", " + end + ")");
            }
            if (size == packed.length) {
                packed = Arrays.copyOf(packed, size * 2);
            }
            // Both halves are non-negative, so the packed values sort by start, then end.
            packed[size++] = (long) start << 32 | end;
        }

        /** The ranges added so far, sorted, with overlapping and touching ones joined. */
        public MergedRanges build() {
            if (size == 0) {
                return EMPTY;
            }
            if (!sorted()) {
                Arrays.sort(packed, 0, size);
            }
            int[] starts = new int[size];
            int[] ends = new int[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                int start = (int) (packed[i] >>> 32);
                int end = (int) packed[i];
                if (n > 0 && start <= ends[n - 1]) {
                    ends[n - 1] = Math.max(ends[n - 1], end);
                } else {
                    starts[n] = start;
                    ends[n++] = end;
                }
            }
            return n == size ? new MergedRanges(starts, ends)
                    : new MergedRanges(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }

        /** Callers often add in order (search's passages come sorted by start): then there is nothing to sort. */
        private boolean sorted() {
            for (int i = 1; i < size; i++) {
                if (packed[i - 1] > packed[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    public int size() {
        return starts.length;
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** Characters covered. */
    public long length() {
        long total = 0;
        for (int i = 0; i < starts.length; i++) {
            total += ends[i] - starts[i];
        }
        return total;
    }

    /** Characters covered by both. */
    public long intersection(MergedRanges other) {
        long total = 0;
        int i = 0;
        int j = 0;
        while (i < starts.length && j < other.starts.length) {
            int start = Math.max(starts[i], other.starts[j]);
            int end = Math.min(ends[i], other.ends[j]);
            total += Math.max(0, end - start);
            if (ends[i] < other.ends[j]) {
                i++;
            } else {
                j++;
            }
        }
        return total;
    }

    /** Whether a range shares a character with {@code [start, end)}. */
    public boolean overlaps(int start, int end) {
        int i = Arrays.binarySearch(starts, end);
        int candidate = (i >= 0 ? i : -i - 1) - 1;
        return candidate >= 0 && ends[candidate] > start;
    }

    /** Index of the first range ending after {@code offset}; {@link #size()} if none does. */
    public int firstEndingAfter(int offset) {
        int low = 0;
        int high = ends.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Whether one range holds all of {@code [start, end)}. */
    public boolean contains(int start, int end) {
        int i = firstEndingAfter(end - 1);
        return i < ends.length && starts[i] <= start && ends[i] >= end;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MergedRanges r && Arrays.equals(r.starts, starts) && Arrays.equals(r.ends, ends);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < starts.length; i++) {
            out.append(i == 0 ? "" : ", ").append(starts[i]).append("..").append(ends[i]);
        }
        return out.append(']').toString();
    }
}
