package org.parallax.model;

import java.time.LocalDate;

/**
 * A passage an evidence item rests on, with the quote and citation kept when it was recorded: a coded passage
 * ({@code segmentId} set) or a plain selection ({@code segmentId} null). {@code status} says whether it still reads so.
 */
public record EvidencePassage(Long segmentId, long documentId, int start, int end, String quote,
                              String documentTitle, LocalDate documentDate, String actor, PassageStatus status) {
}
