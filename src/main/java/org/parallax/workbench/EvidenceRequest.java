package org.parallax.workbench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An evidence item to record: coded passages by id and/or one plain selection, P(E|H) per hypothesis name as typed
 * (number, verbal term or LOW:HIGH range), and the optional description, event date, note and dependency group.
 */
public record EvidenceRequest(String setName, List<Long> segmentIds, Selection selection,
                              Map<String, String> likelihoods, String description, LocalDate date, String note,
                              String group) {
    public EvidenceRequest {
        segmentIds = segmentIds == null ? List.of() : List.copyOf(segmentIds);
        likelihoods = Map.copyOf(likelihoods);
    }

    /** A stretch of a document's text that is not (or not yet) a coded passage, in UTF-16 offsets. */
    public record Selection(long documentId, int start, int end) {
    }
}
