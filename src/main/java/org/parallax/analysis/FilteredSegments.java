package org.parallax.analysis;

import java.util.Arrays;

/**
 * The passages a general matrix reads (their code has a row or defines columns), by document index: each document's
 * passages as a run of positions. When they already come grouped by document (the project's cache reads them by
 * document and start) each document's run is where its passages lie and nothing is copied. Otherwise each passage's
 * code, start, end and id are copied into runs by document in one counting pass: read through an array of places
 * instead, passages in shuffled order were read from all over the columns, 1.8 times this copy's Table 1
 * (docs/performance.md, "Issue 18, session 20"). Copying every passage when they come grouped was a third of a
 * Table 1 over 2,000,000 passages (the same, "Issue 18, session 18").
 */
final class FilteredSegments {
    /**
     * Segment filter by document and coder; {@code passage} is its index in the flat ones, so its coder is read only
     * under a coder filter.
     */
    interface Admission {
        boolean admits(int document, int passage);
    }

    private final FlatSegments flat;
    /** First position of each document's run: in the flat passages when grouped, else in the copies. */
    private final int[] first;
    /** How many passages each document has, at {@code document + 1}. */
    private final int[] count;
    /** The flat passages' places, code indexes, starts, ends and ids grouped by document; null when grouped already. */
    private final int[] places;
    private final int[] codes;
    private final int[] starts;
    private final int[] ends;
    private final long[] ids;
    private final int documentCount;
    /** Passages with a row, in any document (an upper bound on the passages a matrix counts). */
    final int withRow;
    /** Whether an admitted passage with a row belongs to a document not in the document list. */
    final boolean countedInUnlistedDocument;

    /**
     * {@code documents} must already hold the {@code listed} documents (indexes 0 to {@code listed - 1}); unknown ones
     * are added as met.
     */
    FilteredSegments(FlatSegments flat, int[] rowOfCode, LongIndex documents, int documentCapacity, int listed,
                     Admission admission) {
        this.flat = flat;
        int n = flat.size;
        count = new int[documentCapacity + 1];
        int[] runStart = new int[documentCapacity];
        boolean grouped = true;
        int last = -1;
        int rows = 0;
        boolean unlisted = false;
        for (int i = 0; i < n; i++) {
            int di = documents.indexOrAdd(flat.document(i));
            if (di != last) {
                // A document met again after another's passages: they do not come grouped.
                grouped &= count[di + 1] == 0;
                runStart[di] = i;
                last = di;
            }
            count[di + 1]++;
            if (rowOfCode[flat.codes[i]] >= 0) {
                rows++;
                unlisted |= di >= listed && admission.admits(di, i);
            }
        }
        documentCount = documents.size();
        withRow = rows;
        countedInUnlistedDocument = unlisted;
        if (grouped) {
            first = runStart;
            places = null;
            codes = null;
            starts = null;
            ends = null;
            ids = null;
            return;
        }
        first = new int[documentCount + 1];
        for (int d = 0; d < documentCount; d++) {
            first[d + 1] = first[d] + count[d + 1];
        }
        places = new int[n];
        codes = new int[n];
        starts = new int[n];
        ends = new int[n];
        ids = new long[n];
        int[] next = Arrays.copyOf(first, documentCount);
        for (int i = 0; i < n; i++) {
            int di = documents.indexOf(flat.document(i));
            int j = next[di]++;
            int start = flat.start(i);
            places[j] = i;
            codes[j] = flat.codes[i];
            starts[j] = start;
            ends[j] = flat.end(i);
            ids[j] = flat.id(i);
        }
    }

    int documentCount() {
        return documentCount;
    }

    /** Start of document {@code di}'s run of positions. */
    int from(int di) {
        return first[di];
    }

    /** End (exclusive) of document {@code di}'s run of positions. */
    int to(int di) {
        return first[di] + count[di + 1];
    }

    /** The flat passage at position {@code j} of a run, for {@link Admission}. */
    int passage(int j) {
        return places == null ? j : places[j];
    }

    /** Code index of the passage at position {@code j}. */
    int code(int j) {
        return codes == null ? flat.codes[j] : codes[j];
    }

    int start(int j) {
        return starts == null ? flat.start(j) : starts[j];
    }

    int end(int j) {
        return ends == null ? flat.end(j) : ends[j];
    }

    long id(int j) {
        return ids == null ? flat.id(j) : ids[j];
    }

    /** Coder of the passage at position {@code j}. */
    long coder(int j) {
        return flat.coder(passage(j));
    }
}
