package org.parallax.analysis;

import java.util.Arrays;
import java.util.Collection;
import org.parallax.model.Segment;

/**
 * The segments of a tally regrouped by document index into flat arrays, in two passes over the input:
 * segments to count (their code has a row) and scenario spans (their code has a column). Walking one
 * document at a time keeps that document's spans in cache.
 */
final class SegmentsByDocument {
    final LongIndex documents;
    final int[] firstOfDocument;
    final int[] starts;
    final int[] ends;
    final int[] rows;
    final long[] ids;
    final ScenarioSpans spans;

    /** {@code rowOfCode} and {@code columnOfCode} are indexed like {@code codeIndex}, -1 for none. */
    SegmentsByDocument(Collection<Segment> segments, LongIndex codeIndex, int[] rowOfCode, int[] columnOfCode) {
        documents = Indexes.documentsOf(segments);
        int n = segments.size();
        int[] segmentCode = new int[n];
        int[] segmentDocument = new int[n];
        int[] counted = new int[64];
        int[] spanned = new int[64];
        int i = 0;
        for (Segment segment : segments) {
            int ci = codeIndex.indexOf(segment.codeId());
            if (ci >= 0 && (rowOfCode[ci] >= 0 || columnOfCode[ci] >= 0)) {
                int di = documents.indexOrAdd(segment.documentId());
                if (di + 1 >= counted.length) {
                    counted = Arrays.copyOf(counted, counted.length * 2);
                    spanned = Arrays.copyOf(spanned, spanned.length * 2);
                }
                if (rowOfCode[ci] >= 0) {
                    counted[di + 1]++;
                } else {
                    spanned[di + 1]++;
                }
                segmentDocument[i] = di;
            } else {
                ci = -1;
            }
            segmentCode[i++] = ci;
        }
        int documentCount = documents.size();
        firstOfDocument = prefixSums(counted, documentCount);
        int[] firstSpanOfDocument = prefixSums(spanned, documentCount);
        int count = firstOfDocument[documentCount];
        starts = new int[count];
        ends = new int[count];
        rows = new int[count];
        ids = new long[count];
        int spanCount = firstSpanOfDocument[documentCount];
        int[] spanStarts = new int[spanCount];
        int[] spanEnds = new int[spanCount];
        int[] spanColumns = new int[spanCount];
        int[] nextCounted = Arrays.copyOf(firstOfDocument, documentCount);
        int[] nextSpan = Arrays.copyOf(firstSpanOfDocument, documentCount);
        i = 0;
        for (Segment segment : segments) {
            int ci = segmentCode[i];
            if (ci >= 0) {
                if (rowOfCode[ci] >= 0) {
                    int k = nextCounted[segmentDocument[i]]++;
                    starts[k] = segment.start();
                    ends[k] = segment.end();
                    rows[k] = rowOfCode[ci];
                    ids[k] = segment.id();
                } else {
                    int k = nextSpan[segmentDocument[i]]++;
                    spanStarts[k] = segment.start();
                    spanEnds[k] = segment.end();
                    spanColumns[k] = columnOfCode[ci];
                }
            }
            i++;
        }
        spans = new ScenarioSpans(firstSpanOfDocument, spanStarts, spanEnds, spanColumns);
    }

    int size() {
        return ids.length;
    }

    /** Turns per-document counts stored at {@code counts[d + 1]} into start offsets, with the total at the end. */
    private static int[] prefixSums(int[] counts, int documentCount) {
        int[] first = Arrays.copyOf(counts, documentCount + 1);
        first[0] = 0;
        for (int d = 0; d < documentCount; d++) {
            first[d + 1] += first[d];
        }
        return first;
    }
}
