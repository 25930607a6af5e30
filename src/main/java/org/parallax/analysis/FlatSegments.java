package org.parallax.analysis;

import java.util.Collection;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/**
 * The segments whose code matters to a matrix (it has a row or defines columns), read from the passages' columns
 * ({@link SegmentColumns}, what the passage cache holds) with each one's code index: only that index and, when some
 * passages do not matter, their positions are new arrays, so a matrix over 2,000,000 passages does not copy them.
 */
final class FlatSegments {
    final int size;
    /** Code index of each passage that matters. */
    final int[] codes;
    final long minDocument;
    final long maxDocument;
    private final SegmentColumns columns;
    /** Position in {@link #columns} of each passage that matters; null when all of them do. */
    private final int[] positions;

    FlatSegments(Collection<Segment> segments, LongIndex codeIndex, int[] rowOfCode, int[] columnOfCode) {
        columns = SegmentColumns.of(segments);
        int n = columns.size();
        int[] codeOf = new int[n];
        int[] positionOf = null;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int k = 0;
        for (int i = 0; i < n; i++) {
            int ci = codeIndex.indexOf(columns.codeId(i));
            if (ci >= 0 && (rowOfCode[ci] >= 0 || columnOfCode[ci] >= 0)) {
                long document = columns.documentId(i);
                if (positionOf == null && k < i) {
                    // The first passage left out: from here on, positions are needed.
                    positionOf = new int[n];
                    for (int j = 0; j < k; j++) {
                        positionOf[j] = j;
                    }
                }
                if (positionOf != null) {
                    positionOf[k] = i;
                }
                codeOf[k] = ci;
                min = Math.min(min, document);
                max = Math.max(max, document);
                k++;
            }
        }
        // codes may be longer than size: every reader stops at size (a shorter copy would cost a second array).
        size = k;
        codes = codeOf;
        // Null also when only passages after the last one kept were left out: the first k are then in place.
        positions = positionOf;
        minDocument = min;
        maxDocument = max;
    }

    long document(int k) {
        return columns.documentId(position(k));
    }

    int start(int k) {
        return columns.start(position(k));
    }

    int end(int k) {
        return columns.end(position(k));
    }

    long id(int k) {
        return columns.id(position(k));
    }

    long coder(int k) {
        return columns.coderId(position(k));
    }

    private int position(int k) {
        return positions == null ? k : positions[k];
    }
}
