package org.parallax.analysis;

import java.util.Arrays;

/**
 * The passages of one document that define columns (scenario codes, or the column codes of co-coding), sorted by
 * start, answering "which column overlaps this range most" and "which columns overlap it at all" without scanning
 * every span. Only a coder's own spans answer for a passage of theirs: another coder's passage over the same words
 * is a second reading of them, so Table 1 over every coder adds up each coder's Table 1 (docs/analysis.md). A matrix
 * fills it anew for each document it walks; its arrays grow to the largest document's.
 */
final class ColumnSpans {
    static final int NONE = -1;

    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] columns = new int[16];
    private long[] ids = new long[16];
    private long[] coders = new long[16];
    /** Largest end among the spans up to each index, so a backwards scan can stop early. */
    private int[] maxEndSoFar = new int[16];
    private int count;
    private boolean sorted;
    /** Place of the last lower bound found: the next passage's is usually at most a span or two away. */
    private int cursor;
    private final int[] seen;
    private int stamp;
    /** Sort keys and copies for spans that did not come by start (the passages were not read in the cache's order). */
    private long[] keys = new long[0];
    private int[] scratch = new int[0];
    private long[] longScratch = new long[0];

    ColumnSpans(int columnCount) {
        seen = new int[columnCount];
    }

    /** Starts the next document's spans. */
    void clear() {
        count = 0;
        sorted = true;
    }

    /** Adds a span of the current document; spans come by start when the passages do (the cache reads them so). */
    void add(int start, int end, int column, long id, long coder) {
        if (count == starts.length) {
            int capacity = count * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            columns = Arrays.copyOf(columns, capacity);
            ids = Arrays.copyOf(ids, capacity);
            coders = Arrays.copyOf(coders, capacity);
            maxEndSoFar = Arrays.copyOf(maxEndSoFar, capacity);
        }
        sorted &= count == 0 || starts[count - 1] <= start;
        starts[count] = start;
        ends[count] = end;
        columns[count] = column;
        ids[count] = id;
        coders[count] = coder;
        count++;
    }

    /** Ends the current document's spans: sorts them by start if they did not come so, ready for look-ups. */
    void seal() {
        if (!sorted) {
            sortByStart();
        }
        int maxEnd = Integer.MIN_VALUE;
        for (int k = 0; k < count; k++) {
            maxEnd = Math.max(maxEnd, ends[k]);
            maxEndSoFar[k] = maxEnd;
        }
        cursor = 0;
    }

    int size() {
        return count;
    }

    int column(int span) {
        return columns[span];
    }

    /**
     * The column of {@code coder}'s span overlapping {@code [start, end)} the most; ties go to the lower column;
     * {@link #NONE} if none.
     */
    int bestColumn(int start, int end, long coder) {
        // Overlap in the high half, inverted column in the low half: the maximum key is the largest
        // overlap with ties to the lower column, found without unpredictable branches.
        long best = 0;
        for (int k = firstStartingAtOrAfter(end) - 1; k >= 0 && maxEndSoFar[k] > start; k--) {
            long overlap = coders[k] == coder ? Math.min(end, ends[k]) - Math.max(start, starts[k]) : 0;
            best = Math.max(best, overlap << 32 | (Integer.MAX_VALUE - columns[k]));
        }
        return best >>> 32 == 0 ? NONE : Integer.MAX_VALUE - (int) best;
    }

    /**
     * Writes into {@code out} the distinct columns with a span of {@code coder}'s overlapping {@code [start, end)}, other
     * than the passage {@code selfId} itself; returns how many.
     */
    int overlapping(int start, int end, long selfId, long coder, int[] out) {
        stamp++;
        int n = 0;
        for (int k = firstStartingAtOrAfter(end) - 1; k >= 0 && maxEndSoFar[k] > start; k--) {
            if (ends[k] > start && ids[k] != selfId && coders[k] == coder && seen[columns[k]] != stamp) {
                seen[columns[k]] = stamp;
                out[n++] = columns[k];
            }
        }
        return n;
    }

    /**
     * The first span starting at or after {@code value}, sought outwards from the last answer in steps of 1, 2, 4, ...
     * and then by halving the bracket found. Passages come mostly by start within their document, so the answer is
     * usually a span or two from the last one: a binary search per passage was a quarter of a Table 1 over 2,000,000
     * passages (docs/performance.md, "Issue 18, session 18"). Passages out of order cost about a binary search each;
     * eight single steps before one made shuffled passages dearer than a binary search alone (the same, "Issue 18,
     * session 19").
     */
    private int firstStartingAtOrAfter(int value) {
        // The answer lies in (low, high]: starts[low] < value (or low is -1), starts[high] >= value (or high is count).
        int low;
        int high;
        int k = cursor;
        if (k < count && starts[k] < value) {
            low = k;
            high = k + 1;
            for (int step = 1; high < count && starts[high] < value; step <<= 1) {
                low = high;
                high = Math.min(count, low + step);
            }
        } else {
            high = k;
            low = k - 1;
            for (int step = 1; low >= 0 && starts[low] >= value; step <<= 1) {
                high = low;
                low = Math.max(-1, high - step);
            }
        }
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (starts[middle] < value) {
                low = middle;
            } else {
                high = middle;
            }
        }
        cursor = high;
        return high;
    }

    /** Sorts the spans by start; ties keep the order they came in. The scratch arrays are kept for the next document. */
    private void sortByStart() {
        if (keys.length < count) {
            keys = new long[starts.length];
            scratch = new int[starts.length];
            longScratch = new long[starts.length];
        }
        for (int j = 0; j < count; j++) {
            keys[j] = ((long) starts[j] << 32) | j;
        }
        Arrays.sort(keys, 0, count);
        reorder(starts);
        reorder(ends);
        reorder(columns);
        reorder(ids);
        reorder(coders);
    }

    private void reorder(long[] values) {
        System.arraycopy(values, 0, longScratch, 0, count);
        for (int j = 0; j < count; j++) {
            values[j] = longScratch[(int) keys[j]];
        }
    }

    private void reorder(int[] values) {
        System.arraycopy(values, 0, scratch, 0, count);
        for (int j = 0; j < count; j++) {
            values[j] = scratch[(int) keys[j]];
        }
    }
}
