package org.parallax.analysis;

import java.util.Arrays;

/**
 * The scenario-code segments of all documents, grouped by document and sorted by start, answering
 * "which scenario column overlaps this range most" without scanning every scenario segment.
 */
final class ScenarioSpans {
    static final int NONE = -1;

    private final int[] firstOfDocument;
    private final int[] starts;
    private final int[] ends;
    private final int[] columns;
    /** Largest end among the document's spans up to each index, so a backwards scan can stop early. */
    private final int[] maxEndSoFar;

    /**
     * Spans already grouped by document ({@code firstOfDocument[d]} to {@code firstOfDocument[d + 1]});
     * the arrays are taken over and sorted by start within each document.
     */
    ScenarioSpans(int[] firstOfDocument, int[] starts, int[] ends, int[] columns) {
        this.firstOfDocument = firstOfDocument;
        this.starts = starts;
        this.ends = ends;
        this.columns = columns;
        this.maxEndSoFar = new int[starts.length];
        long[] keys = new long[starts.length];
        int[] originalEnds = ends.clone();
        int[] originalColumns = columns.clone();
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
                starts[k] = (int) (keys[k] >>> 32);
                ends[k] = originalEnds[original];
                columns[k] = originalColumns[original];
                maxEnd = Math.max(maxEnd, ends[k]);
                maxEndSoFar[k] = maxEnd;
            }
        }
    }

    /**
     * The column of the scenario span of {@code document} overlapping {@code [start, end)} the most;
     * ties go to the lower column; {@link #NONE} if nothing overlaps.
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
