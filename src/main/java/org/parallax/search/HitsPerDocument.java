package org.parallax.search;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Hits per matching document as two arrays in document-id order, read-only: a query matching most of a 1,000-document
 * project filled a linked map of boxed ids and then copied it into an immutable one, which took more of a warm one-word
 * query's time than reading its postings (docs/performance.md, "Issue 18, session 17").
 */
final class HitsPerDocument extends AbstractMap<Long, Integer> {
    private final long[] ids;
    private final int[] counts;
    private final int size;

    private HitsPerDocument(long[] ids, int[] counts, int size) {
        this.ids = ids;
        this.counts = counts;
        this.size = size;
    }

    /** Collects documents in increasing id order; a repeated id keeps its last count, as a map's put would. */
    static final class Builder {
        private long[] ids;
        private int[] counts;
        private int size;

        Builder(int expected) {
            ids = new long[Math.max(expected, 1)];
            counts = new int[ids.length];
        }

        void add(long id, int count) {
            if (size > 0 && ids[size - 1] >= id) {
                if (ids[size - 1] != id) {
                    throw new IllegalArgumentException("Document ids must come in increasing order");
                }
                counts[size - 1] = count;
                return;
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            ids[size] = id;
            counts[size++] = count;
        }

        HitsPerDocument build() {
            return new HitsPerDocument(ids, counts, size);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Integer get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : counts[i];
    }

    private int indexOf(Object key) {
        return key instanceof Long id ? Arrays.binarySearch(ids, 0, size, id) : -1;
    }

    @Override
    public Set<Entry<Long, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<Long, Integer>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<Long, Integer> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        Entry<Long, Integer> entry = new SimpleImmutableEntry<>(ids[next], counts[next]);
                        next++;
                        return entry;
                    }
                };
            }
        };
    }
}
