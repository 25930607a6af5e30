package org.parallax.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.WordCount;

/** Documents, their stored texts and attributes. A document's scenario is kept by name in its metadata. */
public interface DocumentStore {
    /** Inserts a document with its normalised text, imported now; the scenario, if named, must exist. */
    default Document insert(DocumentMeta meta, String text, String contentHash, String sourceFile) {
        return insert(meta, text, WordCount.of(text), contentHash, sourceFile, Instant.now());
    }

    /**
     * Inserts a document with its normalised text and the text's word count ({@link WordCount#of} of {@code text},
     * counted by the caller where the text is made: an import counts while parsing, in parallel, not in the writing
     * transaction), imported at {@code imported}; the scenario, if named, must exist.
     */
    Document insert(DocumentMeta meta, String text, long words, String contentHash, String sourceFile,
                    Instant imported);

    /**
     * Replaces a document's metadata (its text never changes), checked against the version the caller read
     * ({@code expectedVersion}; 0: unchecked); returns the new stored version.
     *
     * @throws org.parallax.store.StaleEditException when someone changed the details since that version
     */
    long updateMeta(long id, long expectedVersion, DocumentMeta meta);

    /**
     * Replaces the metadata as {@link #updateMeta} does, the change recorded as {@code editor}'s (null: unknown) rather
     * than the session's: undo puts a document's details back as they were, with who wrote them, not as the undoer's.
     */
    long updateMetaAs(long id, long expectedVersion, DocumentMeta meta, String editor);

    /** Who made the latest change of a document's details, as recorded with them; empty when unknown or gone. */
    java.util.Optional<String> lastEditor(long id);

    /**
     * Deletes documents with every row that points at them, in the caller's transaction, and returns those rows
     * as they were (read in the same transaction) for {@link #restore}.
     */
    RemovedDocuments remove(java.util.Collection<Long> ids);

    /**
     * Puts back documents {@link #remove} took out, with the same ids and every row as it was.
     *
     * @throws org.parallax.model.ParallaxException naming what stands in the way (a document imported since under
     *     the same id or with the same text), changing nothing
     */
    void restore(RemovedDocuments removed);

    /** Every document, dated ones first in date order. */
    List<Document> list();

    Optional<Document> get(long id);

    /** The stored, normalised text of a document. */
    String text(long id);

    /**
     * Each document's word count ({@link org.parallax.model.WordCount} of its text), stored with the text, by id; a
     * document stored without one (a row another tool wrote) is missing from the map.
     */
    java.util.Map<Long, Long> wordCounts();

    Optional<Long> idByHash(String contentHash);

    /**
     * The documents whose stored text may hold characters outside the Basic Multilingual Plane (surrogate pairs):
     * those whose length in characters differs from their length in UTF-16 units. Every other text certainly holds
     * none, which the database tells without sending a single text.
     */
    java.util.Set<Long> withSupplementaryCharacters();

    int count();
}
