package org.parallax.analysis;

import java.util.Arrays;

/**
 * The passages that define columns (scenario codes, or the column codes of co-coding), grouped by document
 * and sorted by start, answering "which column overlaps this range most" and "which columns overlap it at
 * all" without scanning every passage of the document.
 */
final class ColumnSpans {
    static final int NONE = -1;

    private final int[] firstOfDocument;
    private final int[] starts;
    private final int[] ends;
    private final int[] columns;
    private final long[] ids;
    /** Largest end among the document's spans up to each index, so a backwards scan can stop early. */
    private final int[] maxEndSoFar;
    private final int[] seen;
    private int stamp;

    /**
     * Spans grouped by document ({@code firstOfDocument[d]} to {@code firstOfDocument[d + 1]}); copied and
     * sorted by start within each document.
     */
    ColumnSpans(int[] firstOfDocument, int[] starts, int[] ends, int[] columns, long[] ids, int columnCount) {
        this.firstOfDocument = firstOfDocument;
        int n = starts.length;
        this.starts = new int[n];
        this.ends = new int[n];
        this.columns = new int[n];
        this.ids = new long[n];
        this.maxEndSoFar = new int[n];
        this.seen = new int[columnCount];
        long[] keys = new long[n];
        for (int d = 0; d + 1 < firstOfDocument.length; d++) {
            int from = firstOfDocument[d];
            int to = firstOfDocument[d + 1];
            for (int k = from; k < to; k++) {
                keys[k] = ((long) starts[k] << 32) | k;
            }
            Arrays.sort(keys, from, to);
            int maxEnd = Integer.MIN_VALUE;
            for (int k = from; k < to; k++) {
                int original = (int) keys[k];
                this.starts[k] = starts[original];
                this.ends[k] = ends[original];
                this.columns[k] = columns[original];
                this.ids[k] = ids[original];
                maxEnd = Math.max(maxEnd, this.ends[k]);
                maxEndSoFar[k] = maxEnd;
            }
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
        for (int k = firstStartingAtOrAfter(from, firstOfDocument[document + 1], end) - 1;
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
        for (int k = firstStartingAtOrAfter(from, firstOfDocument[document + 1], end) - 1;
             k >= from && maxEndSoFar[k] > start; k--) {
            if (ends[k] > start && ids[k] != selfId && seen[columns[k]] != stamp) {
                seen[columns[k]] = stamp;
                out[n++] = columns[k];
            }
        }
        return n;
    }

    /** Lower bound written without a data-dependent branch: the outcome of each probe is unpredictable. */
    private int firstStartingAtOrAfter(int from, int to, int value) {
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
