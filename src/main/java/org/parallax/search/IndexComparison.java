package org.parallax.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;

/** Compares the ids and content hashes in an index with those the project database holds. */
final class IndexComparison {
    private IndexComparison() {
    }

    static IndexStatus compare(IndexReader reader, Map<Long, String> expected) throws IOException {
        Map<Long, String> indexed = indexedHashes(reader);
        Set<Long> missing = new HashSet<>();
        Set<Long> stale = new HashSet<>();
        for (Map.Entry<Long, String> e : expected.entrySet()) {
            String hash = indexed.get(e.getKey());
            if (hash == null) {
                missing.add(e.getKey());
            } else if (!hash.equals(e.getValue() == null ? "" : e.getValue())) {
                stale.add(e.getKey());
            }
        }
        Set<Long> extra = new HashSet<>(indexed.keySet());
        extra.removeAll(expected.keySet());
        IndexStatus.State state;
        if (indexed.isEmpty() && !expected.isEmpty()) {
            state = IndexStatus.State.MISSING;
        } else if (missing.isEmpty() && stale.isEmpty() && extra.isEmpty()) {
            state = IndexStatus.State.OK;
        } else {
            state = IndexStatus.State.STALE;
        }
        return new IndexStatus(state, missing, stale, extra);
    }

    private static Map<Long, String> indexedHashes(IndexReader reader) throws IOException {
        Map<Long, String> hashes = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues ids = leaf.reader().getNumericDocValues(IndexFields.ID_VALUE);
            SortedDocValues hash = leaf.reader().getSortedDocValues(IndexFields.HASH);
            for (int doc = 0; ids != null && doc < leaf.reader().maxDoc(); doc++) {
                if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                    String value = hash != null && hash.advanceExact(doc) ? hash.lookupOrd(hash.ordValue()).utf8ToString() : "";
                    hashes.put(ids.longValue(), value);
                }
            }
        }
        return hashes;
    }
}
