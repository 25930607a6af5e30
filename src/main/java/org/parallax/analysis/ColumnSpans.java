package org.parallax.analysis;

import java.util.Arrays;

/**
 * The passages of one document that define columns (scenario codes, or the column codes of co-coding), sorted by
 * start, answering "which column overlaps this range most" and "which columns overlap it at all" without scanning
 * every span. A matrix fills it anew for each document it walks; its arrays grow to the largest document's.
 */
final class ColumnSpans {
    static final int NONE = -1;
    /** Steps from the last answer before a binary search is cheaper. */
    private static final int MAX_STEPS = 8;

    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] columns = new int[16];
    private long[] ids = new long[16];
    /** Largest end among the spans up to each index, so a backwards scan can stop early. */
    private int[] maxEndSoFar = new int[16];
    private int count;
    private boolean sorted;
    /** Place of the last lower bound found: the next passage's is usually at most a span or two away. */
    private int cursor;
    private final int[] seen;
    private int stamp;

    ColumnSpans(int columnCount) {
        seen = new int[columnCount];
    }

    /** Starts the next document's spans. */
    void clear() {
        count = 0;
        sorted = true;
    }

    /** Adds a span of the current document; spans come by start when the passages do (the cache reads them so). */
    void add(int start, int end, int column, long id) {
        if (count == starts.length) {
            int capacity = count * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            columns = Arrays.copyOf(columns, capacity);
            ids = Arrays.copyOf(ids, capacity);
            maxEndSoFar = Arrays.copyOf(maxEndSoFar, capacity);
        }
        sorted &= count == 0 || starts[count - 1] <= start;
        starts[count] = start;
        ends[count] = end;
        columns[count] = column;
        ids[count] = id;
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

    /** The column of the span overlapping {@code [start, end)} the most; ties go to the lower column; {@link #NONE} if none. */
    int bestColumn(int start, int end) {
        // Overlap in the high half, inverted column in the low half: the maximum key is the largest
        // overlap with ties to the lower column, found without unpredictable branches.
        long best = 0;
        for (int k = firstStartingAtOrAfter(end) - 1; k >= 0 && maxEndSoFar[k] > start; k--) {
            long overlap = Math.min(end, ends[k]) - Math.max(start, starts[k]);
            best = Math.max(best, overlap << 32 | (Integer.MAX_VALUE - columns[k]));
        }
        return best >>> 32 == 0 ? NONE : Integer.MAX_VALUE - (int) best;
    }

    /**
     * Writes into {@code out} the distinct columns with a span overlapping {@code [start, end)}, other than the passage
     * {@code selfId} itself; returns how many.
     */
    int overlapping(int start, int end, long selfId, int[] out) {
        stamp++;
        int n = 0;
        for (int k = firstStartingAtOrAfter(end) - 1; k >= 0 && maxEndSoFar[k] > start; k--) {
            if (ends[k] > start && ids[k] != selfId && seen[columns[k]] != stamp) {
                seen[columns[k]] = stamp;
                out[n++] = columns[k];
            }
        }
        return n;
    }

    /**
     * The first span starting at or after {@code value}. Passages come mostly by start within their document, so the
     * answer is sought by stepping from the last one (a merge walk of passages against spans); a binary search per
     * passage was a quarter of a Table 1 over 2,000,000 passages (docs/performance.md, "Issue 18, session 18").
     * Passages out of order fall back to it after a few steps.
     */
    private int firstStartingAtOrAfter(int value) {
        int k = cursor;
        int steps = 0;
        while (k < count && starts[k] < value && steps < MAX_STEPS) {
            k++;
            steps++;
        }
        while (k > 0 && starts[k - 1] >= value && steps < MAX_STEPS) {
            k--;
            steps++;
        }
        if (steps == MAX_STEPS) {
            k = binarySearch(value);
        }
        cursor = k;
        return k;
    }

    /** Lower bound written without a data-dependent branch: the outcome of each probe is unpredictable. */
    private int binarySearch(int value) {
        if (count == 0) {
            return 0;
        }
        int base = 0;
        for (int n = count; n > 1; n -= n >>> 1) {
            int half = n >>> 1;
            base = starts[base + half] < value ? base + half : base;
        }
        return starts[base] < value ? base + 1 : base;
    }

    /** Sorts the spans by start; ties keep the order they came in. */
    private void sortByStart() {
        long[] keys = new long[count];
        for (int j = 0; j < count; j++) {
            keys[j] = ((long) starts[j] << 32) | j;
        }
        Arrays.sort(keys);
        int[] oldStarts = Arrays.copyOf(starts, count);
        int[] oldEnds = Arrays.copyOf(ends, count);
        int[] oldColumns = Arrays.copyOf(columns, count);
        long[] oldIds = Arrays.copyOf(ids, count);
        for (int j = 0; j < count; j++) {
            int from = (int) keys[j];
            starts[j] = oldStarts[from];
            ends[j] = oldEnds[from];
            columns[j] = oldColumns[from];
            ids[j] = oldIds[from];
        }
    }
}
