package org.parallax.analysis;

import java.util.Arrays;

/**
 * The segments a general matrix reads, after the filter, regrouped by document index into flat arrays:
 * counted segments (their code has a row) and spans (their code defines columns); a code may be both.
 */
final class FilteredSegments {
    /**
     * Segment filter by document and coder, decided before grouping; {@code passage} is its index in the flat ones,
     * so its coder is read only under a coder filter (both passes read every passage's coder before).
     */
    interface Admission {
        boolean admits(int document, int passage);
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
    FilteredSegments(FlatSegments flat, int[] rowOfCode, int[] columnOfCode, LongIndex documents,
                     int documentCapacity, Admission admission) {
        int n = flat.size;
        int[] counted = new int[documentCapacity + 1];
        int[] spanned = new int[documentCapacity + 1];
        for (int i = 0; i < n; i++) {
            int ci = flat.codes[i];
            int di = documents.indexOrAdd(flat.document(i));
            if (admission.admits(di, i)) {
                counted[di + 1] += rowOfCode[ci] >= 0 ? 1 : 0;
                spanned[di + 1] += columnOfCode[ci] >= 0 ? 1 : 0;
            }
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
        // Each passage's document and admission are looked up again rather than kept from the first pass: two more
        // arrays as long as the passages, per matrix, cost more (in collections) than the look-ups; one array of the
        // documents' indexes alone made a Table 1 of 2,000,000 passages dearer too (issue 18, session 17).
        for (int i = 0; i < n; i++) {
            int di = documents.indexOf(flat.document(i));
            if (!admission.admits(di, i)) {
                continue;
            }
            int ci = flat.codes[i];
            if (rowOfCode[ci] >= 0) {
                int k = nextCounted[di]++;
                starts[k] = flat.start(i);
                ends[k] = flat.end(i);
                rows[k] = rowOfCode[ci];
                ids[k] = flat.id(i);
            }
            if (columnOfCode[ci] >= 0) {
                int k = nextSpan[di]++;
                spanStarts[k] = flat.start(i);
                spanEnds[k] = flat.end(i);
                spanColumns[k] = columnOfCode[ci];
                spanIds[k] = flat.id(i);
            }
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
