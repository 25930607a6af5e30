package org.parallax.io;

import java.time.Instant;
import java.time.LocalDate;
import org.parallax.model.DocumentType;

/**
 * One coded segment flattened with its document, code and coder for export; nullable fields are
 * unknown and export as empty cells.
 */
public record SegmentRow(long segmentId, long documentId, String title, LocalDate date, DocumentType type,
                         String actor, String scenario, long codeId, String code, String frame, String coder,
                         int start, int end, String text, String memo, Instant created) {
}
