package org.parallax.analysis;

import java.util.Arrays;
import java.util.Collection;
import org.parallax.model.Segment;

/**
 * The segments to be counted, regrouped by document index into flat arrays, so that the tally walks
 * one document at a time and that document's scenario spans stay in cache.
 */
final class SegmentsByDocument {
    final int[] firstOfDocument;
    final int[] starts;
    final int[] ends;
    final int[] rows;
    final long[] ids;

    /**
     * Takes segment i when {@code rowOfCode[segmentCode[i]]} is a row, in input order within each
     * document; {@code segmentCode[i]} is -1 for segments of unknown codes.
     */
    SegmentsByDocument(Collection<Segment> segments, int[] segmentCode, int[] segmentDocument, int[] rowOfCode,
                       int documentCount) {
        firstOfDocument = new int[documentCount + 1];
        int n = segments.size();
        for (int i = 0; i < n; i++) {
            int ci = segmentCode[i];
            if (ci >= 0 && rowOfCode[ci] >= 0) {
                firstOfDocument[segmentDocument[i] + 1]++;
            }
        }
        for (int d = 0; d < documentCount; d++) {
            firstOfDocument[d + 1] += firstOfDocument[d];
        }
        int count = firstOfDocument[documentCount];
        starts = new int[count];
        ends = new int[count];
        rows = new int[count];
        ids = new long[count];
        int[] next = Arrays.copyOf(firstOfDocument, documentCount);
        int i = 0;
        for (Segment segment : segments) {
            int ci = segmentCode[i];
            if (ci >= 0 && rowOfCode[ci] >= 0) {
                int k = next[segmentDocument[i]]++;
                starts[k] = segment.start();
                ends[k] = segment.end();
                rows[k] = rowOfCode[ci];
                ids[k] = segment.id();
            }
            i++;
        }
    }

    int size() {
        return ids.length;
    }
}
