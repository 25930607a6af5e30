package org.parallax.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;

/**
 * Recently used texts and KWIC metadata, loaded once. A text comes from the index's own copy where it keeps one
 * (an index without a project, or one written before the index stopped storing texts), else from the project
 * through {@link DocumentTexts}, checked against the content hash indexed with the document. Loading a 50 KB text
 * costs about 0.2 ms, which dominates a search that cuts lines from many documents; entries are keyed by immutable
 * segment and document, so updates never see stale text.
 */
final class StoredTexts {
    private static final long MAX_CHARS = 8_000_000;

    /** What a KWIC line needs from the stored document. */
    record StoredDoc(String title, LocalDate date, String actor, String text) {
    }

    /** Equality written out, not the record's (see {@link org.parallax.model.TextRange#equals}). */
    private record Key(Object segment, int doc) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.segment.equals(segment) && k.doc == doc;
        }

        @Override
        public int hashCode() {
            return 31 * segment.hashCode() + doc;
        }
    }

    private final Map<Key, StoredDoc> recent = new LinkedHashMap<>(64, 0.75f, true);
    /** Null when the index keeps every text itself. */
    private final DocumentTexts project;
    private long chars;

    StoredTexts(DocumentTexts project) {
        this.project = project;
    }

    /**
     * The text and KWIC metadata of index document {@code doc} (project document {@code id}), or null when the
     * project no longer holds the indexed version of its text (deleted or replaced since; the index catches up).
     */
    StoredDoc load(LeafReaderContext leaf, int doc, long id) throws IOException {
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
        String text = stored.get(IndexFields.TEXT);
        if (text == null) {
            text = project == null ? null : project.textOf(id, indexedHash(leaf, doc));
            if (text == null) {
                return null;
            }
        }
        String date = stored.get(IndexFields.DATE);
        StoredDoc loaded = new StoredDoc(stored.get(IndexFields.TITLE), date == null ? null : LocalDate.parse(date),
                stored.get(IndexFields.ACTOR), text);
        if (key != null) {
            remember(key, loaded);
        }
        return loaded;
    }

    private static String indexedHash(LeafReaderContext leaf, int doc) throws IOException {
        SortedDocValues hashes = leaf.reader().getSortedDocValues(IndexFields.HASH);
        return hashes != null && hashes.advanceExact(doc) ? hashes.lookupOrd(hashes.ordValue()).utf8ToString() : "";
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
