package org.parallax.analysis;

import java.util.Arrays;

/**
 * Column-code segments grouped by document and sorted by start, answering "which columns have a segment
 * overlapping this range" (co-coding) without scanning every segment of the document.
 */
final class OverlapSpans {
    private final int[] firstOfDocument;
    private final int[] starts;
    private final int[] ends;
    private final int[] columns;
    private final long[] ids;
    private final int[] maxEndSoFar;
    private final int[] seen;
    private int stamp;

    /** Spans grouped by document ({@code firstOfDocument[d]} to {@code firstOfDocument[d + 1]}), sorted here. */
    OverlapSpans(int[] firstOfDocument, int[] starts, int[] ends, int[] columns, long[] ids, int columnCount) {
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
     * Writes into {@code out} the distinct columns with a span of {@code document} overlapping
     * {@code [start, end)}, other than the segment {@code selfId} itself; returns how many.
     */
    int overlapping(int document, int start, int end, long selfId, int[] out) {
        stamp++;
        int n = 0;
        int from = firstOfDocument[document];
        int k = lowerBound(from, firstOfDocument[document + 1], end) - 1;
        for (; k >= from && maxEndSoFar[k] > start; k--) {
            if (ends[k] > start && ids[k] != selfId && seen[columns[k]] != stamp) {
                seen[columns[k]] = stamp;
                out[n++] = columns[k];
            }
        }
        return n;
    }

    private int lowerBound(int from, int to, int value) {
        while (from < to) {
            int mid = (from + to) >>> 1;
            if (starts[mid] < value) {
                from = mid + 1;
            } else {
                to = mid;
            }
        }
        return from;
    }
}
