package org.parallax.analysis;

import java.util.Arrays;
import java.util.Collection;
import org.parallax.model.Segment;

/**
 * The segments whose code matters to a matrix (it has a row or defines columns), copied in one pass into
 * flat arrays, so later passes walk memory in order instead of chasing segment objects.
 */
final class FlatSegments {
    final int size;
    final int[] codes;
    final long[] documents;
    final int[] starts;
    final int[] ends;
    final long[] ids;
    final long[] coders;
    final long minDocument;
    final long maxDocument;

    FlatSegments(Collection<Segment> segments, LongIndex codeIndex, int[] rowOfCode, int[] columnOfCode) {
        int n = segments.size();
        int[] codeOf = new int[n];
        long[] documentOf = new long[n];
        int[] startOf = new int[n];
        int[] endOf = new int[n];
        long[] idOf = new long[n];
        long[] coderOf = new long[n];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int k = 0;
        for (Segment segment : segments) {
            int ci = codeIndex.indexOf(segment.codeId());
            if (ci >= 0 && (rowOfCode[ci] >= 0 || columnOfCode[ci] >= 0)) {
                codeOf[k] = ci;
                documentOf[k] = segment.documentId();
                startOf[k] = segment.start();
                endOf[k] = segment.end();
                idOf[k] = segment.id();
                coderOf[k] = segment.coderId();
                min = Math.min(min, segment.documentId());
                max = Math.max(max, segment.documentId());
                k++;
            }
        }
        size = k;
        codes = k == n ? codeOf : Arrays.copyOf(codeOf, k);
        documents = k == n ? documentOf : Arrays.copyOf(documentOf, k);
        starts = k == n ? startOf : Arrays.copyOf(startOf, k);
        ends = k == n ? endOf : Arrays.copyOf(endOf, k);
        ids = k == n ? idOf : Arrays.copyOf(idOf, k);
        coders = k == n ? coderOf : Arrays.copyOf(coderOf, k);
        minDocument = min;
        maxDocument = max;
    }
}
