package org.parallax.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Provenance;

/** The coding assistant's records: provenance of the passages it proposed, and the suggestions rejected. */
public interface ProvenanceStore {
    /** Stores (or replaces) provenance rows; joins the caller's transaction when there is one. */
    void saveAll(Collection<Provenance> rows);

    /** Whether any passage has provenance: most projects have none, and then nothing need be read per document. */
    boolean any();

    /** Provenance of every passage that has one, by segment id. */
    Map<Long, Provenance> all();

    /**
     * Provenance of the passages of one document, by segment id: what an export walking the project document by
     * document holds at once, where {@link #all} is millions of records on a large project with an assistant layer.
     */
    Map<Long, Provenance> ofDocument(long documentId);

    /** Provenance of the given passages (for undo, which removes passages and must put them back whole). */
    List<Provenance> of(Collection<Long> segmentIds);

    /**
     * Remembers that the coder {@code coderId} rejected a code for a unit: for them only, so that a second coder is
     * not steered by the first's judgement.
     */
    void reject(long documentId, int start, int end, long codeId, long coderId, Instant when);

    /** The suggestions the coder {@code coderId} rejected in a document, as {@link #rejectionKey} keys. */
    Set<String> rejections(long documentId, long coderId);

    static String rejectionKey(int start, int end, long codeId) {
        return start + ":" + end + ":" + codeId;
    }
}
