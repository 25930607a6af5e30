package org.parallax.analysis;

import java.util.Arrays;
import java.util.Collection;
import org.parallax.model.Segment;

/**
 * The segments a general matrix reads, after the filter, regrouped by document index into flat arrays:
 * counted segments (their code has a row) and spans (their code defines columns); a code may be both.
 */
final class FilteredSegments {
    /** Segment filter by document and coder, decided before grouping. */
    interface Admission {
        boolean admits(int document, long coderId);
    }

    final int[] firstOfDocument;
    final int[] starts;
    final int[] ends;
    final int[] rows;
    final long[] ids;
    final int[] firstSpanOfDocument;
    final int[] spanStarts;
    final int[] spanEnds;
    final int[] spanColumns;
    final long[] spanIds;

    /** {@code documents} must already hold the known documents; unknown ones are added as met. */
    FilteredSegments(Collection<Segment> segments, LongIndex codeIndex, int[] rowOfCode, int[] columnOfCode,
                     LongIndex documents, int documentCapacity, Admission admission) {
        int n = segments.size();
        int[] segmentCode = new int[n];
        int[] segmentDocument = new int[n];
        int[] counted = new int[documentCapacity + 1];
        int[] spanned = new int[documentCapacity + 1];
        int i = 0;
        for (Segment segment : segments) {
            int ci = codeIndex.indexOf(segment.codeId());
            segmentCode[i] = -1;
            if (ci >= 0 && (rowOfCode[ci] >= 0 || columnOfCode[ci] >= 0)) {
                int di = documents.indexOrAdd(segment.documentId());
                if (admission.admits(di, segment.coderId())) {
                    segmentCode[i] = ci;
                    segmentDocument[i] = di;
                    counted[di + 1] += rowOfCode[ci] >= 0 ? 1 : 0;
                    spanned[di + 1] += columnOfCode[ci] >= 0 ? 1 : 0;
                }
            }
            i++;
        }
        int documentCount = documents.size();
        firstOfDocument = prefixSums(counted, documentCount);
        firstSpanOfDocument = prefixSums(spanned, documentCount);
        int count = firstOfDocument[documentCount];
        int spanCount = firstSpanOfDocument[documentCount];
        starts = new int[count];
        ends = new int[count];
        rows = new int[count];
        ids = new long[count];
        spanStarts = new int[spanCount];
        spanEnds = new int[spanCount];
        spanColumns = new int[spanCount];
        spanIds = new long[spanCount];
        int[] nextCounted = Arrays.copyOf(firstOfDocument, documentCount);
        int[] nextSpan = Arrays.copyOf(firstSpanOfDocument, documentCount);
        i = 0;
        for (Segment segment : segments) {
            int ci = segmentCode[i];
            if (ci >= 0) {
                int di = segmentDocument[i];
                if (rowOfCode[ci] >= 0) {
                    int k = nextCounted[di]++;
                    starts[k] = segment.start();
                    ends[k] = segment.end();
                    rows[k] = rowOfCode[ci];
                    ids[k] = segment.id();
                }
                if (columnOfCode[ci] >= 0) {
                    int k = nextSpan[di]++;
                    spanStarts[k] = segment.start();
                    spanEnds[k] = segment.end();
                    spanColumns[k] = columnOfCode[ci];
                    spanIds[k] = segment.id();
                }
            }
            i++;
        }
    }

    int documentCount() {
        return firstOfDocument.length - 1;
    }

    private static int[] prefixSums(int[] counts, int documentCount) {
        int[] first = Arrays.copyOf(counts, documentCount + 1);
        first[0] = 0;
        for (int d = 0; d < documentCount; d++) {
            first[d + 1] += first[d];
        }
        return first;
    }
}
