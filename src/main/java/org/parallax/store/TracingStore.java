package org.parallax.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parallax.model.CausalEvent;
import org.parallax.model.Evidence;
import org.parallax.model.EvidencePassage;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.Likelihood;
import org.parallax.model.PassageStatus;

/**
 * Process tracing (docs/process-tracing.md): hypothesis sets and hypotheses, evidence items with their likelihoods
 * and the passages they quote (kept when the passage changes or goes), and the analyst's causal-chain events.
 */
public interface TracingStore {
    /**
     * A passage as quoted when evidence is recorded: a coded passage's id, or none for a plain selection.
     * {@code goneElsewhere} is null but for an item imported from a file that says its passage was deleted where the
     * item was recorded ({@link PassageStatus#DELETED}, or {@link PassageStatus#CODE_DELETED} with its code), or
     * changed there ({@link PassageStatus#CHANGED}): it is kept as a coded passage no project holds
     * ({@link EvidencePassage#ELSEWHERE}), of a code no project holds, so the item says so here too.
     */
    record QuotedPassage(Long segmentId, long documentId, String contentHash, int start, int end, String quote,
                         String documentTitle, LocalDate documentDate, String actor, PassageStatus goneElsewhere) {
        public QuotedPassage(Long segmentId, long documentId, String contentHash, int start, int end, String quote,
                             String documentTitle, LocalDate documentDate, String actor) {
            this(segmentId, documentId, contentHash, start, end, quote, documentTitle, documentDate, actor, null);
        }
    }

    /** Every hypothesis set with its hypotheses, by name. */
    List<HypothesisSet> sets();

    /** The set of that name, regardless of case. */
    Optional<HypothesisSet> set(String name);

    /** Creates a set and returns its id. */
    long createSet(String name, String description, Instant now);

    void deleteSet(long setId);

    /** Puts back, under its id, a set taken out (undo of its removal, redo of its making). */
    void putBackSet(long setId, String name, String description, Instant created);

    /** Adds a hypothesis at the end of its set, or before the set's catch-all (which stays last). */
    Hypothesis addHypothesis(long setId, String name, String statement, double prior, boolean catchAll);

    /** Puts back, under its id and at its place in the set, a hypothesis taken out (undo or redo). */
    void putBackHypothesis(long setId, Hypothesis hypothesis, int position);

    /** Where a hypothesis stands in its set's order (the catch-all last), for putting it back there. */
    int position(long hypothesisId);

    /** Removes a hypothesis; its set must weigh no evidence (the likelihoods would go with it). */
    void deleteHypothesis(long hypothesisId);

    /** Renames a hypothesis and replaces its statement. */
    void updateHypothesis(long hypothesisId, String name, String statement);

    /** Sets the priors of several hypotheses in one transaction. */
    void setPriors(Map<Long, Double> priors);

    void updateStatement(long hypothesisId, String statement);

    /** Records an evidence item with its likelihoods (by hypothesis id) and passages; returns its id. */
    long addEvidence(long setId, String description, String note, LocalDate eventDate, String group,
                     Map<Long, Likelihood> likelihoods, List<QuotedPassage> passages, Instant now);

    /** Replaces an item's description, note, date, group and likelihoods (its passages stay). */
    void updateEvidence(long evidenceId, String description, String note, LocalDate eventDate, String group,
                        Map<Long, Likelihood> likelihoods);

    void deleteEvidence(long evidenceId);

    /**
     * An evidence item's rows as they were stored, taken out of the project so that an undo or redo can put them
     * back unchanged: the same id, recording time and likelihoods, each passage still telling the one quoted from a
     * passage changed since.
     */
    record KeptEvidence(Evidence item, String created, List<KeptPassage> passages) {
        public KeptEvidence {
            passages = List.copyOf(passages);
        }
    }

    /** A quoted passage's row as stored, with what tells the passage quoted from a later one. */
    record KeptPassage(Long segmentId, Long segmentCreated, Long codeId, long documentId, String contentHash,
                       int start, int end, String quote, String documentTitle, String documentDate, String actor) {
    }

    /** Takes an item out in one transaction, returning its rows as stored; empty when there is none with that id. */
    Optional<KeptEvidence> takeOutEvidence(long evidenceId);

    /** Puts back an item taken out, exactly as it was stored. */
    void putBackEvidence(KeptEvidence kept);

    /** A set's evidence items by id, each passage with its status as of now (current, changed, deleted). */
    List<Evidence> evidence(long setId);

    /**
     * How many of a set's evidence items this session may not read: a team server hides from a coder in blind mode
     * those resting on another coder's passages (ADR 0030). A project file hides none.
     */
    int hiddenEvidence(long setId);

    /** The analyst's events of the causal chain, by date. */
    List<CausalEvent> events();

    CausalEvent addEvent(LocalDate date, String label, String description);

    /** Puts back, under its id, events removed (undo of their removal, redo of their adding), in one transaction. */
    void putBackEvents(List<CausalEvent> events);

    /** Removes one of the analyst's events; false when there is none with that id. */
    boolean deleteEvent(long id);
}
