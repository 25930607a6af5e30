package org.parallax.model;

import java.time.LocalDate;

/**
 * A passage an evidence item rests on, with the quote and citation kept when it was recorded: a coded passage
 * ({@code segmentId} set) or a plain selection ({@code segmentId} null). {@code status} says whether it still reads so.
 */
public record EvidencePassage(Long segmentId, long documentId, int start, int end, String quote,
                              String documentTitle, LocalDate documentDate, String actor, PassageStatus status) {
    /**
     * The {@code segmentId} of a coded passage no project holds: an item imported from a .qdpx resting on a passage
     * deleted where the item was recorded, so that it still says it rested on a coded passage, gone.
     */
    public static final long ELSEWHERE = 0;
    /**
     * The code id kept for a passage {@link #ELSEWHERE} that was changed (recoded, or its range moved) where the item
     * was recorded, not deleted: no code has it, and the item says "passage changed" here too.
     */
    public static final long CHANGED_ELSEWHERE = -1;

    /** The coded passage's id in this project, or null: a plain selection, or a passage deleted {@link #ELSEWHERE}. */
    public Long passageId() {
        return segmentId == null || segmentId == ELSEWHERE ? null : segmentId;
    }
}
