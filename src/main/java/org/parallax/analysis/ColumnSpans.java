package org.parallax.analysis;

import java.util.Arrays;

/**
 * The passages that define columns (scenario codes, or the column codes of co-coding), grouped by document
 * and sorted by start, answering "which column overlaps this range most" and "which columns overlap it at
 * all" without scanning every passage of the document.
 */
final class ColumnSpans {
    static final int NONE = -1;
    /** Steps from the last answer before a binary search is cheaper. */
    private static final int MAX_STEPS = 8;

    private final int[] firstOfDocument;
    private final int[] starts;
    private final int[] ends;
    private final int[] columns;
    private final long[] ids;
    /** Largest end among the document's spans up to each index, so a backwards scan can stop early. */
    private final int[] maxEndSoFar;
    private final int[] seen;
    private int stamp;
    /** Document and place of the last lower bound found: the next passage's is usually at most a span or two away. */
    private int cursorDocument = -1;
    private int cursor;

    /**
     * Spans grouped by document ({@code firstOfDocument[d]} to {@code firstOfDocument[d + 1]}); the arrays are taken
     * over and sorted by start within each document in place (copies of them and a key per span were a tenth of what
     * a Table 1 of 2,000,000 passages allocated, issue 18).
     */
    ColumnSpans(int[] firstOfDocument, int[] starts, int[] ends, int[] columns, long[] ids, int columnCount) {
        this.firstOfDocument = firstOfDocument;
        this.starts = starts;
        this.ends = ends;
        this.columns = columns;
        this.ids = ids;
        this.maxEndSoFar = new int[starts.length];
        this.seen = new int[columnCount];
        int largest = 0;
        for (int d = 0; d + 1 < firstOfDocument.length; d++) {
            largest = Math.max(largest, firstOfDocument[d + 1] - firstOfDocument[d]);
        }
        long[] keys = new long[largest];
        int[] ints = new int[largest];
        long[] longs = new long[largest];
        for (int d = 0; d + 1 < firstOfDocument.length; d++) {
            int from = firstOfDocument[d];
            int count = firstOfDocument[d + 1] - from;
            // Start in the high half, the span's place in its document in the low half: ties keep their order.
            for (int j = 0; j < count; j++) {
                keys[j] = ((long) starts[from + j] << 32) | j;
            }
            Arrays.sort(keys, 0, count);
            reorder(starts, from, count, keys, ints);
            reorder(ends, from, count, keys, ints);
            reorder(columns, from, count, keys, ints);
            System.arraycopy(ids, from, longs, 0, count);
            for (int j = 0; j < count; j++) {
                ids[from + j] = longs[(int) keys[j]];
            }
            int maxEnd = Integer.MIN_VALUE;
            for (int k = from; k < from + count; k++) {
                maxEnd = Math.max(maxEnd, ends[k]);
                maxEndSoFar[k] = maxEnd;
            }
        }
    }

    /** Puts {@code values[from + (int) keys[j]]} at {@code from + j} for each of the {@code count} keys. */
    private static void reorder(int[] values, int from, int count, long[] keys, int[] scratch) {
        System.arraycopy(values, from, scratch, 0, count);
        for (int j = 0; j < count; j++) {
            values[from + j] = scratch[(int) keys[j]];
        }
    }

    /**
     * The column of the span of {@code document} overlapping {@code [start, end)} the most; ties go to the
     * lower column; {@link #NONE} if nothing overlaps.
     */
    int bestColumn(int document, int start, int end) {
        int from = firstOfDocument[document];
        // Overlap in the high half, inverted column in the low half: the maximum key is the largest
        // overlap with ties to the lower column, found without unpredictable branches.
        long best = 0;
        for (int k = firstStartingAtOrAfter(document, end) - 1;
             k >= from && maxEndSoFar[k] > start; k--) {
            long overlap = Math.min(end, ends[k]) - Math.max(start, starts[k]);
            best = Math.max(best, overlap << 32 | (Integer.MAX_VALUE - columns[k]));
        }
        return best >>> 32 == 0 ? NONE : Integer.MAX_VALUE - (int) best;
    }

    /**
     * Writes into {@code out} the distinct columns with a span of {@code document} overlapping
     * {@code [start, end)}, other than the passage {@code selfId} itself; returns how many.
     */
    int overlapping(int document, int start, int end, long selfId, int[] out) {
        stamp++;
        int n = 0;
        int from = firstOfDocument[document];
        for (int k = firstStartingAtOrAfter(document, end) - 1;
             k >= from && maxEndSoFar[k] > start; k--) {
            if (ends[k] > start && ids[k] != selfId && seen[columns[k]] != stamp) {
                seen[columns[k]] = stamp;
                out[n++] = columns[k];
            }
        }
        return n;
    }

    /**
     * The first span of {@code document} starting at or after {@code value}. Passages come by document and, within
     * one, mostly by start (the cache is read in that order), so the answer is sought by stepping from the last one
     * (a merge walk of passages against spans); a binary search per passage was a quarter of a Table 1 over
     * 2,000,000 passages (docs/performance.md, "Issue 18, session 18"). Passages out of order fall back to it after
     * a few steps.
     */
    private int firstStartingAtOrAfter(int document, int value) {
        int from = firstOfDocument[document];
        int to = firstOfDocument[document + 1];
        int k = cursorDocument == document ? cursor : from;
        int steps = 0;
        while (k < to && starts[k] < value && steps < MAX_STEPS) {
            k++;
            steps++;
        }
        while (k > from && starts[k - 1] >= value && steps < MAX_STEPS) {
            k--;
            steps++;
        }
        if (steps == MAX_STEPS) {
            k = binarySearch(from, to, value);
        }
        cursorDocument = document;
        cursor = k;
        return k;
    }

    /** Lower bound written without a data-dependent branch: the outcome of each probe is unpredictable. */
    private int binarySearch(int from, int to, int value) {
        if (from == to) {
            return from;
        }
        int base = from;
        for (int n = to - from; n > 1; n -= n >>> 1) {
            int half = n >>> 1;
            base = starts[base + half] < value ? base + half : base;
        }
        return starts[base] < value ? base + 1 : base;
    }
}
