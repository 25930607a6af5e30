package org.parallax.model;

import java.time.Instant;

/**
 * A coded passage: code {@code codeId} applied by {@code coderId} to the half-open range
 * {@code [start, end)} of a document's text, in UTF-16 code units (see docs/offsets.md).
 */
public record Segment(long id, long documentId, int start, int end, long codeId, long coderId,
                      String memo, Instant created) {

    public int length() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
