package org.parallax.store.jdbc;

import java.time.Instant;
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
 * passage's document (its distance from the batch's lowest document id), start and position are packed into one
 * number and the numbers are sorted; only passages sharing a document and start, a handful, are then compared as
 * objects. Where the ids lie too far apart for that, documents are ranked among the batch's; a batch whose numbers
 * still do not fit in 63 bits (a text of hundreds of millions of characters) is sorted as objects.
 *
 * <p>Each pass over 200,000 passages runs before the JIT has compiled it, some 20-60 ms of a busy machine's CPU
 * (docs/performance.md, "Issue 18, session 16"): the first pass also finds what every passage shares.
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

    /**
     * A batch in key order with the coder and the time every one of its passages has, each null where they differ
     * (a batch is usually made by one coder at one instant: then both are written into the INSERT once).
     */
    record Sorted(List<Segment> passages, Long sharedCoder, Instant sharedCreated) {
    }

    private IndexOrder() {
    }

    /** {@code segments} sorted by key, a new list; a stable sort, so equal keys keep their order. */
    static Sorted of(Collection<Segment> segments) {
        Segment[] given = segments.toArray(Segment[]::new);
        int n = given.length;
        if (n == 0) {
            return new Sorted(List.of(), null, null);
        }
        long coder = given[0].coderId();
        Instant created = given[0].created();
        boolean oneCoder = true;
        boolean oneTime = true;
        long minDocument = Long.MAX_VALUE;
        long maxDocument = Long.MIN_VALUE;
        int maxStart = 0;
        boolean negativeStart = false;
        for (Segment s : given) {
            long document = s.documentId();
            minDocument = Math.min(minDocument, document);
            maxDocument = Math.max(maxDocument, document);
            maxStart = Math.max(maxStart, s.start());
            negativeStart |= s.start() < 0;
            oneCoder &= s.coderId() == coder;
            // Usually the very same object: a batch is made with one Instant.
            oneTime &= s.created() == created || s.created() != null && s.created().equals(created);
        }
        List<Segment> sorted = negativeStart ? asObjects(given) : packed(given, minDocument, maxDocument, maxStart);
        return new Sorted(sorted, oneCoder ? coder : null, oneTime ? created : null);
    }

    private static List<Segment> packed(Segment[] given, long minDocument, long maxDocument, int maxStart) {
        int n = given.length;
        int positionBits = bits(n - 1);
        int startBits = bits(maxStart);
        // The distance between the lowest and highest id, read unsigned: ids spread over the whole long range
        // overflow into a negative difference, which then takes all 64 bits.
        int spanBits = 64 - Long.numberOfLeadingZeros(maxDocument - minDocument);
        long[] keys = new long[n];
        if (spanBits + startBits + positionBits <= 63) {
            for (int i = 0; i < n; i++) {
                keys[i] = (given[i].documentId() - minDocument) << (startBits + positionBits)
                        | (long) given[i].start() << positionBits | i;
            }
        } else {
            long[] documents = ranks(given);
            int distinct = documents.length;
            if (bits(distinct - 1) + startBits + positionBits > 63) {
                return asObjects(given);
            }
            for (int i = 0; i < n; i++) {
                long rank = Arrays.binarySearch(documents, given[i].documentId());
                keys[i] = rank << (startBits + positionBits) | (long) given[i].start() << positionBits | i;
            }
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

    /** The batch's distinct document ids, ascending. */
    private static long[] ranks(Segment[] given) {
        long[] documents = new long[given.length];
        for (int i = 0; i < given.length; i++) {
            documents[i] = given[i].documentId();
        }
        Arrays.sort(documents);
        int distinct = 0;
        for (int i = 0; i < documents.length; i++) {
            if (i == 0 || documents[i] != documents[distinct - 1]) {
                documents[distinct++] = documents[i];
            }
        }
        return Arrays.copyOf(documents, distinct);
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
