package org.parallax.io;

import java.time.Instant;
import java.time.LocalDate;
import org.parallax.model.DocumentType;

/**
 * One coded segment flattened with its document, code and coder for export; nullable fields are
 * unknown and export as empty cells. {@code provenance} describes where a passage the coding assistant proposed
 * came from (null for a person's passage).
 */
public record SegmentRow(long segmentId, long documentId, String title, LocalDate date, DocumentType type,
                         String actor, String scenario, long codeId, String code, String frame, String coder,
                         int start, int end, String text, String memo, Instant created, String provenance) {

    /** A row of a passage the assistant did not propose (no provenance). */
    public SegmentRow(long segmentId, long documentId, String title, LocalDate date, DocumentType type, String actor,
                      String scenario, long codeId, String code, String frame, String coder, int start, int end,
                      String text, String memo, Instant created) {
        this(segmentId, documentId, title, date, type, actor, scenario, codeId, code, frame, coder, start, end, text,
                memo, created, null);
    }
}
