package org.parallax.ui.tracing;

import java.util.List;

/**
 * One evidence item as the table shows it: date, description, quote and source, whether its passage changed, and
 * per hypothesis "P(E|H) · test type · dB" in the set's order; {@code moved} is how far it moved the posteriors.
 * {@code likelihoods} (P(E|H) as typed, in the set's order), {@code eventDate} (the date given, or "") and
 * {@code note} are what the form shows when the item is edited. An item resting on no passage has document id 0,
 * no quote and no source.
 */
public record EvidenceRow(long id, String date, String description, String quote, String source, String status,
                          String group, List<String> perHypothesis, String moved, long documentId, int start,
                          int end, List<String> likelihoods, String eventDate, String note) {
    /** The status of an item resting on no passage. */
    static final String NO_PASSAGE = "no passage";

    /** Whether the item rests on a passage that can be opened. */
    boolean hasPassage() {
        return documentId > 0;
    }
}
