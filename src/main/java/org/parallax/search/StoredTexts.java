package org.parallax.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Recently used stored texts and KWIC metadata, decompressed once. Loading a 50 KB stored text costs
 * about 0.2 ms, which dominates a search that cuts lines from many documents; entries are keyed by
 * immutable segment and document, so updates never see stale text.
 */
final class StoredTexts {
    private static final long MAX_CHARS = 8_000_000;

    /** What a KWIC line needs from the stored document. */
    record StoredDoc(String title, LocalDate date, String actor, String text) {
    }

    private record Key(Object segment, int doc) {
    }

    private final Map<Key, StoredDoc> recent = new LinkedHashMap<>(64, 0.75f, true);
    private long chars;

    StoredDoc load(LeafReaderContext leaf, int doc) throws IOException {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        Key key = helper == null ? null : new Key(helper.getKey(), doc);
        if (key != null) {
            synchronized (this) {
                StoredDoc cached = recent.get(key);
                if (cached != null) {
                    return cached;
                }
            }
        }
        Document stored = leaf.reader().storedFields().document(doc);
        String date = stored.get(IndexFields.DATE);
        StoredDoc loaded = new StoredDoc(stored.get(IndexFields.TITLE), date == null ? null : LocalDate.parse(date),
                stored.get(IndexFields.ACTOR), stored.get(IndexFields.TEXT));
        if (key != null) {
            remember(key, loaded);
        }
        return loaded;
    }

    private synchronized void remember(Key key, StoredDoc doc) {
        if (recent.put(key, doc) == null) {
            chars += doc.text().length();
        }
        Iterator<StoredDoc> eldest = recent.values().iterator();
        while (chars > MAX_CHARS && eldest.hasNext()) {
            chars -= eldest.next().text().length();
            eldest.remove();
        }
    }
}
