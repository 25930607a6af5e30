package org.parallax.model;

import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * An unmodifiable list of passages kept column by column in primitive arrays: about 48 bytes a passage where a
 * {@link Segment} object in a map by id took about 180, which is what lets 2,000,000 passages stay in memory under a
 * 512 MiB heap (issue 18, {@code bench --scale 10}). {@link #get} makes the {@link Segment} on request; analyses that
 * fold over every passage read the columns through the accessors instead.
 *
 * <p>Lists made from one another by {@link #appended} share their arrays: a list reads only its first {@link #size}
 * entries, and those are never written again, so an append writes into the spare capacity past the end when this list
 * is the longest made from those arrays, and copies otherwise. A list is therefore safe to read from any thread once
 * published, while a change always returns a new list.
 */
public final class SegmentColumns extends AbstractList<Segment> implements RandomAccess {
    private static final SegmentColumns EMPTY = new SegmentColumns(new Columns(0), 0, Long.MIN_VALUE);

    /**
     * The arrays, and how many of their entries some list already claims. The arrays are replaced only before a list
     * is made from them ({@link #reorder}); a list's final reference to this object then publishes them.
     */
    private static final class Columns {
        long[] ids;
        long[] documents;
        int[] starts;
        int[] ends;
        long[] codes;
        long[] coders;
        String[] memos;
        Instant[] created;
        int claimed;

        Columns(int capacity) {
            ids = new long[capacity];
            documents = new long[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
            codes = new long[capacity];
            coders = new long[capacity];
            memos = new String[capacity];
            created = new Instant[capacity];
        }

        int capacity() {
            return ids.length;
        }

        void set(int i, Segment s) {
            set(i, s.id(), s.documentId(), s.start(), s.end(), s.codeId(), s.coderId(), s.memo(), s.created());
        }

        void set(int i, long id, long documentId, int start, int end, long codeId, long coderId, String memo,
                 Instant createdAt) {
            ids[i] = id;
            documents[i] = documentId;
            starts[i] = start;
            ends[i] = end;
            codes[i] = codeId;
            coders[i] = coderId;
            memos[i] = memo;
            created[i] = createdAt;
        }

        /**
         * Puts entry {@code order[i]} at {@code i} for each of the first {@code order.length} entries, one column at a
         * time into a new array, so that ordering the passages a load read holds one column twice at most, not every
         * column (48 bytes a passage: 144 MB at 3,000,000). Only for arrays no list has been made from yet.
         */
        void reorder(int[] order) {
            ids = reordered(ids, order);
            documents = reordered(documents, order);
            starts = reordered(starts, order);
            ends = reordered(ends, order);
            codes = reordered(codes, order);
            coders = reordered(coders, order);
            memos = reordered(memos, order);
            created = reordered(created, order);
        }

        // A gather, each entry read independently: moving entries along the permutation's cycles in place waits on
        // each read before the next, and cost more than the index walk this ordering replaces.
        private static long[] reordered(long[] column, int[] order) {
            long[] out = new long[column.length];
            for (int i = 0; i < order.length; i++) {
                out[i] = column[order[i]];
            }
            return out;
        }

        private static int[] reordered(int[] column, int[] order) {
            int[] out = new int[column.length];
            for (int i = 0; i < order.length; i++) {
                out[i] = column[order[i]];
            }
            return out;
        }

        private static <T> T[] reordered(T[] column, int[] order) {
            T[] out = Arrays.copyOf(column, column.length);
            for (int i = 0; i < order.length; i++) {
                out[i] = column[order[i]];
            }
            return out;
        }

        void copy(int from, Columns to, int at, int length) {
            System.arraycopy(ids, from, to.ids, at, length);
            System.arraycopy(documents, from, to.documents, at, length);
            System.arraycopy(starts, from, to.starts, at, length);
            System.arraycopy(ends, from, to.ends, at, length);
            System.arraycopy(codes, from, to.codes, at, length);
            System.arraycopy(coders, from, to.coders, at, length);
            System.arraycopy(memos, from, to.memos, at, length);
            System.arraycopy(created, from, to.created, at, length);
        }
    }

    private final Columns columns;
    private final int size;
    /** The largest id held: an append of larger ids only cannot replace a passage already held. */
    private final long maxId;

    private SegmentColumns(Columns columns, int size, long maxId) {
        this.columns = columns;
        this.size = size;
        this.maxId = maxId;
    }

    /**
     * Collects passages one at a time straight into columns, for a store reading many rows: no {@link Segment} per
     * row and no list of them beside the columns (200,000 passages loaded that way held both at once). Ids must be
     * distinct, as a database's are.
     */
    public static final class Builder {
        private Columns columns;
        private int size;
        private long maxId = Long.MIN_VALUE;

        public Builder() {
            this(1024);
        }

        /** For about {@code expected} passages: a batch of known size then fills one set of arrays, never copied. */
        public Builder(int expected) {
            columns = new Columns(Math.max(16, expected));
        }

        public Builder add(long id, long documentId, int start, int end, long codeId, long coderId, String memo,
                           Instant created) {
            if (size == columns.capacity()) {
                Columns grown = new Columns(size + (size >> 1));
                columns.copy(0, grown, 0, size);
                columns = grown;
            }
            columns.set(size, id, documentId, start, end, codeId, coderId, memo, created);
            maxId = Math.max(maxId, id);
            size++;
            return this;
        }

        /** The passages added, in the order added; the builder is not to be used afterwards. */
        public SegmentColumns build() {
            columns.claimed = size;
            return size == 0 ? EMPTY : new SegmentColumns(columns, size, maxId);
        }

        /**
         * The passages added, ordered by document id, then start, then passage id (as {@link
         * #positionsByDocumentAndStart}): a store can then read its rows in the table's own order, where an ordered
         * query walked an index and looked every row up (issue 18: the first Table 1 after opening). The builder is
         * not to be used afterwards.
         */
        public SegmentColumns buildByDocumentAndStart() {
            SegmentColumns built = build();
            // A load that read its passages in this order already (every document's pack, in document order) skips
            // the sort and the copy of every column: 15-17 ms of the cold first Table 1 (docs/performance.md).
            if (size > 1 && !built.inDocumentAndStartOrder()) {
                // Not yet seen by anyone: its arrays may still be replaced.
                columns.reorder(built.positionsByDocumentAndStart());
            }
            return built;
        }
    }

    /** The passages in their iteration order. */
    public static SegmentColumns of(Collection<Segment> segments) {
        return segments instanceof SegmentColumns same ? same : EMPTY.appended(segments);
    }

    /**
     * This list with {@code added} after it; a passage whose id is already held replaces the held one in its place
     * (as a map by id keeps it), so each id stays once.
     */
    public SegmentColumns appended(Collection<Segment> added) {
        if (added.isEmpty()) {
            return this;
        }
        if (added instanceof SegmentColumns other) {
            return appendedColumns(other);
        }
        // Ids rising past every held one (a batch's, a new passage's) cannot replace anything: append them as they are.
        long newMax = maxId;
        for (Segment s : added) {
            if (s.id() <= newMax) {
                return replacing(added);
            }
            newMax = s.id();
        }
        int total = size + added.size();
        Columns target = claim(total);
        int i = size;
        for (Segment s : added) {
            target.set(i++, s);
        }
        return new SegmentColumns(target, total, newMax);
    }

    /** {@link #appended} of columns: a batch's ids are compared and its arrays copied without a Segment each. */
    private SegmentColumns appendedColumns(SegmentColumns added) {
        long newMax = maxId;
        for (int i = 0; i < added.size; i++) {
            long id = added.columns.ids[i];
            if (id <= newMax) {
                return replacing(added);
            }
            newMax = id;
        }
        int total = size + added.size;
        Columns target = claim(total);
        added.columns.copy(0, target, size, added.size);
        return new SegmentColumns(target, total, newMax);
    }

    /** This list without the passages of those ids; the others keep their order. */
    public SegmentColumns without(Collection<Long> ids) {
        Set<Long> gone = ids instanceof Set<Long> set ? set : new HashSet<>(ids);
        return keeping(i -> !gone.contains(columns.ids[i]));
    }

    /** The passages whose index {@code keep} accepts (it reads the columns by index), in their order. */
    public SegmentColumns where(IntPredicate keep) {
        return keeping(keep::test);
    }

    /** This list without the passages of those documents; the others keep their order. */
    public SegmentColumns withoutDocuments(Set<Long> documentIds) {
        return keeping(i -> !documentIds.contains(columns.documents[i]));
    }

    @Override
    public Segment get(int index) {
        checkIndex(index);
        Columns c = columns;
        return new Segment(c.ids[index], c.documents[index], c.starts[index], c.ends[index], c.codes[index],
                c.coders[index], c.memos[index], c.created[index]);
    }

    @Override
    public int size() {
        return size;
    }

    public long id(int index) {
        checkIndex(index);
        return columns.ids[index];
    }

    public long documentId(int index) {
        checkIndex(index);
        return columns.documents[index];
    }

    public int start(int index) {
        checkIndex(index);
        return columns.starts[index];
    }

    public int end(int index) {
        checkIndex(index);
        return columns.ends[index];
    }

    public long codeId(int index) {
        checkIndex(index);
        return columns.codes[index];
    }

    /** Whether any passage carries a memo. */
    public boolean anyMemo() {
        String[] memos = columns.memos;
        for (int i = 0; i < size; i++) {
            if (memos[i] != null) {
                return true;
            }
        }
        return false;
    }

    public long coderId(int index) {
        checkIndex(index);
        return columns.coders[index];
    }

    /** Whether the passages are already in the order {@link #positionsByDocumentAndStart} gives. */
    boolean inDocumentAndStartOrder() {
        Columns c = columns;
        for (int i = 1; i < size; i++) {
            long document = c.documents[i - 1];
            if (document != c.documents[i]) {
                if (document > c.documents[i]) {
                    return false;
                }
            } else if (c.starts[i - 1] != c.starts[i] ? c.starts[i - 1] > c.starts[i] : c.ids[i - 1] > c.ids[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The positions of the passages ordered by document id, then start, then passage id: the order an export writes
     * them in, as positions rather than a sorted copy of the passages (2,000,000 {@link Segment} objects copied to sort
     * took 128 MB under a 512 MiB heap, issue 18). Passages are bucketed by document, then each document's few are
     * sorted by start.
     */
    public int[] positionsByDocumentAndStart() {
        Columns c = columns;
        long[] documents = Arrays.copyOf(c.documents, size);
        Arrays.sort(documents);
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || documents[i] != documents[distinct - 1]) {
                documents[distinct++] = documents[i];
            }
        }
        // Each passage's document's rank; passages come in runs of one document (a batch is stored in document
        // order), so a rank is looked up only where the document changes.
        int[] rank = new int[size];
        int[] first = new int[distinct + 1];
        int last = -1;
        for (int i = 0; i < size; i++) {
            if (last < 0 || documents[last] != c.documents[i]) {
                last = Arrays.binarySearch(documents, 0, distinct, c.documents[i]);
            }
            rank[i] = last;
            first[last + 1]++;
        }
        int largest = 0;
        for (int d = 0; d < distinct; d++) {
            largest = Math.max(largest, first[d + 1]);
            first[d + 1] += first[d];
        }
        int[] order = new int[size];
        int[] next = Arrays.copyOf(first, distinct);
        for (int i = 0; i < size; i++) {
            order[next[rank[i]]++] = i;
        }
        // Within a document: start in the high half, the place in the document's bucket in the low half.
        long[] keys = new long[largest];
        int[] bucket = new int[largest];
        for (int d = 0; d < distinct; d++) {
            int from = first[d];
            int count = first[d + 1] - from;
            System.arraycopy(order, from, bucket, 0, count);
            for (int j = 0; j < count; j++) {
                keys[j] = (long) c.starts[bucket[j]] << 32 | j;
            }
            Arrays.sort(keys, 0, count);
            for (int j = 0; j < count; j++) {
                order[from + j] = bucket[(int) keys[j]];
            }
            sortEqualStartsById(order, from, from + count);
        }
        return order;
    }

    /** Orders each run of positions with the same start by passage id (runs are short: an insertion sort). */
    private void sortEqualStartsById(int[] order, int from, int to) {
        Columns c = columns;
        for (int i = from + 1; i < to; i++) {
            int position = order[i];
            int j = i;
            while (j > from && c.starts[order[j - 1]] == c.starts[position] && c.ids[order[j - 1]] > c.ids[position]) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = position;
        }
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Index " + index + " out of " + size + " passages");
        }
    }

    /**
     * Arrays for a list of {@code total} entries whose first {@link #size} are this list's: these very arrays when
     * no other list claims past this one's end and they are large enough, else a copy with room to grow.
     */
    private Columns claim(int total) {
        synchronized (columns) {
            if (columns.claimed == size && total <= columns.capacity()) {
                columns.claimed = total;
                return columns;
            }
        }
        // Room for passages coded one by one, an eighth more: a batch larger than that gets arrays of its own size,
        // as the old arrays live beside the new until the old list is let go (a half more held 40 MB unused at a
        // merge of 1,000,000 into 2,000,000 passages).
        Columns grown = new Columns(Math.max(total, size + Math.max(16, size >> 3)));
        columns.copy(0, grown, 0, size);
        grown.claimed = total;
        return grown;
    }

    private SegmentColumns replacing(Collection<Segment> added) {
        Map<Long, Segment> byId = new HashMap<>(added.size() * 2);
        for (Segment s : added) {
            // The last of repeated ids wins, as in a map.
            byId.put(s.id(), s);
        }
        Columns target = new Columns(size + byId.size());
        long newMax = Long.MIN_VALUE;
        int n = 0;
        for (int i = 0; i < size; i++) {
            Segment replacement = byId.remove(columns.ids[i]);
            if (replacement != null) {
                target.set(n, replacement);
            } else {
                columns.copy(i, target, n, 1);
            }
            newMax = Math.max(newMax, target.ids[n]);
            n++;
        }
        for (Segment s : added) {
            Segment last = byId.remove(s.id());
            if (last != null) {
                target.set(n++, last);
                newMax = Math.max(newMax, s.id());
            }
        }
        target.claimed = n;
        return new SegmentColumns(target, n, newMax);
    }

    private interface Keep {
        boolean keep(int index);
    }

    /**
     * The kept passages in arrays of their own number: which are kept is read first (a bit a passage), so the new arrays
     * are not sized to the old list while the old arrays still live (a merge at {@code --scale 10} held 208 MB of
     * {@code long[]} where 96 were needed, docs/performance.md).
     */
    private SegmentColumns keeping(Keep keep) {
        BitSet kept = new BitSet(size);
        long newMax = Long.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            if (keep.keep(i)) {
                kept.set(i);
                newMax = Math.max(newMax, columns.ids[i]);
            }
        }
        int n = kept.cardinality();
        if (n == size) {
            return this;
        }
        Columns target = new Columns(n);
        int at = 0;
        // Runs of kept passages are copied at once: a removal keeps nearly all of them.
        for (int run = kept.nextSetBit(0); run >= 0; run = kept.nextSetBit(run)) {
            int end = kept.nextClearBit(run);
            columns.copy(run, target, at, end - run);
            at += end - run;
            run = end;
        }
        target.claimed = n;
        return new SegmentColumns(target, n, newMax);
    }
}
