package org.parallax.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/** Coded passages. The same code by the same coder on the same span exists at most once. */
public interface SegmentStore {
    /** Inserts a passage ({@code segment.id()} is ignored) and returns it with the id the database gave it. */
    Segment insert(Segment segment);

    /**
     * Inserts passages in one transaction, skipping exact duplicates; returns those inserted, with the ids the
     * database gave them, in document and offset order.
     */
    List<Segment> insertAll(Collection<Segment> segments);

    /** Puts back passages with their original ids and their memos (undo of a removal). */
    void restoreAll(Collection<Segment> segments);

    void deleteAll(Collection<Long> ids);

    /**
     * Gives passage {@code id}, coded {@code fromCodeId}, the code {@code toCodeId}.
     *
     * @throws org.parallax.store.StaleEditException when another window or program gave it another code meanwhile
     */
    void updateCode(long id, long fromCodeId, long toCodeId);

    Optional<Segment> get(long id);

    /** The stored passage with the same document, span, code and coder, if any. */
    Optional<Segment> find(Segment like);

    /** Every passage, in document and offset order, held column by column (200,000 passages are read at once). */
    SegmentColumns all();

    /**
     * The passages whose ids fall in the ranges {@code firsts[i]..lasts[i]} (inclusive), in id order, as columns: what
     * undo reads back of a batch it takes out, which it names by its runs of ids rather than keeping a copy.
     */
    SegmentColumns inIdRanges(long[] firsts, long[] lasts);

    List<Segment> ofDocument(long documentId);

    /** The passages of these documents, in document and offset order: one read for many documents. */
    List<Segment> ofDocuments(Collection<Long> documentIds);

    List<Segment> ofCode(long codeId);

    /** How many passages are coded with the code, counted by the database. */
    int countOfCode(long codeId);

    int count();

    /** The number of passages of every document that has any (id to count), counted by the database. */
    Map<Long, Integer> countsByDocument();

    /**
     * The documents whose packed copy of their passages (schema 15, a project file only) disagrees with their rows:
     * damage, or a write made past the triggers that drop a pack. Empty where no packs are kept.
     */
    List<Long> packsDisagreeing();

    /**
     * Writes the packed copy of each of these documents' passages from its rows, in one write transaction (a project
     * file only; a document whose rows hold a time that is not an integer gets none).
     */
    void writePacks(Collection<Long> documentIds);

    /** Drops the packed copies of these documents' passages, which are then read from their rows. */
    void dropPacks(Collection<Long> documentIds);

    /**
     * The documents whose passages would be read from their rows at the next opening, with how many passages each
     * has, in document order: those with passages and no packed copy, or one whose length does not fit their number of
     * passages. Empty where no packs are kept.
     */
    Map<Long, Integer> unpackedDocuments();
}
