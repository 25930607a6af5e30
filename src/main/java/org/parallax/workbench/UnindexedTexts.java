package org.parallax.workbench;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.parallax.store.DocumentStore;
import org.parallax.store.UnreadablePageException;

/**
 * The documents the search index lacks because the project could not read their text (a damaged page of its file).
 * Indexing goes on with every readable document rather than stopping on the first unreadable one, which left a
 * researcher with one damaged document no search at all; a search names these documents as not searched
 * ({@link UnreadableTextsNote}). Each is read again whenever it is queued again: the index still lacks it, so the next
 * opening of the project (after a restore) finds it missing and indexes it once its page reads.
 */
final class UnindexedTexts {
    private static final System.Logger LOG = System.getLogger(UnindexedTexts.class.getName());

    private final TreeSet<Long> ids = new TreeSet<>();

    /** The stored text of document {@code id}, or empty (and recorded) when a damaged page of the file holds it. */
    Optional<String> read(DocumentStore documents, long id) {
        try {
            String text = documents.text(id);
            forget(id);
            return Optional.of(text);
        } catch (UnreadablePageException e) {
            LOG.log(System.Logger.Level.WARNING, "Document " + id + " not indexed: " + e.getMessage());
            synchronized (this) {
                ids.add(id);
            }
            return Optional.empty();
        }
    }

    /** Drops a document from the record (it was deleted, or its text was read). */
    synchronized void forget(long id) {
        ids.remove(id);
    }

    /** The documents not indexed because their text could not be read, by id. */
    synchronized List<Long> list() {
        return List.copyOf(ids);
    }
}
