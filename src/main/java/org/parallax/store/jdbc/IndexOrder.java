package org.parallax.store.jdbc;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.parallax.model.Segment;

/**
 * Passages in the order of the segments' unique key (document, start, end, code), passages with the same key in
 * the order given: a batch goes in in this order because the indexes then fill in order. Sorting 200,000 passages
 * as objects compared two of them, from memory far apart, some 3.5 million times: 32 of the batch's 49 Java samples
 * in a profile, the rest of its time being SQLite's (docs/performance.md, "Issue 18, session 10"). Here each
 * passage's document (by rank among the batch's documents), start and position are packed into one number and the
 * numbers are sorted; only passages sharing a document and start, a handful, are then compared as objects. A batch
 * whose numbers do not fit in 63 bits (a text of hundreds of millions of characters) is sorted as objects.
 */
final class IndexOrder {
    private static final Comparator<Segment> END_AND_CODE = (a, b) -> {
        int c = Integer.compare(a.end(), b.end());
        return c != 0 ? c : Long.compare(a.codeId(), b.codeId());
    };
    private static final Comparator<Segment> KEY = (a, b) -> {
        int c = Long.compare(a.documentId(), b.documentId());
        if (c == 0) {
            c = Integer.compare(a.start(), b.start());
        }
        return c != 0 ? c : END_AND_CODE.compare(a, b);
    };

    private IndexOrder() {
    }

    /** A new list of {@code segments} sorted by key; a stable sort, so equal keys keep their order. */
    static List<Segment> of(Collection<Segment> segments) {
        Segment[] given = segments.toArray(Segment[]::new);
        int n = given.length;
        long[] documents = new long[n];
        int maxStart = 0;
        for (int i = 0; i < n; i++) {
            documents[i] = given[i].documentId();
            maxStart = Math.max(maxStart, given[i].start());
            if (given[i].start() < 0) {
                return asObjects(given);
            }
        }
        Arrays.sort(documents);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || documents[i] != documents[distinct - 1]) {
                documents[distinct++] = documents[i];
            }
        }
        int positionBits = bits(n - 1);
        int startBits = bits(maxStart);
        if (bits(distinct - 1) + startBits + positionBits > 63) {
            return asObjects(given);
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long rank = Arrays.binarySearch(documents, 0, distinct, given[i].documentId());
            keys[i] = rank << (startBits + positionBits) | (long) given[i].start() << positionBits | i;
        }
        Arrays.sort(keys);
        long positionMask = (1L << positionBits) - 1;
        Segment[] sorted = new Segment[n];
        int runFrom = 0;
        for (int i = 0; i < n; i++) {
            sorted[i] = given[(int) (keys[i] & positionMask)];
            if (i > 0 && keys[i] >>> positionBits != keys[runFrom] >>> positionBits) {
                sortRun(sorted, runFrom, i);
                runFrom = i;
            }
        }
        sortRun(sorted, runFrom, n);
        return Arrays.asList(sorted);
    }

    /** Passages with the same document and start, in the order given, ordered by end and code (stable). */
    private static void sortRun(Segment[] sorted, int from, int to) {
        if (to - from > 1) {
            Arrays.sort(sorted, from, to, END_AND_CODE);
        }
    }

    private static List<Segment> asObjects(Segment[] given) {
        Arrays.sort(given, KEY);
        return Arrays.asList(given);
    }

    /** Bits needed to hold 0 to {@code max}. */
    private static int bits(long max) {
        return max <= 0 ? 0 : 64 - Long.numberOfLeadingZeros(max);
    }
}
