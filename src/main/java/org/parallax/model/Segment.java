package org.parallax.model;

import java.time.Instant;

/**
 * A coded passage: code {@code codeId} applied by {@code coderId} to the half-open range
 * {@code [start, end)} of a document's text, in UTF-16 code units (see docs/offsets.md).
 */
public record Segment(long id, long documentId, int start, int end, long codeId, long coderId,
                      String memo, Instant created) {
    /** The earliest and latest times a project keeps for a passage: nanoseconds since 1970 in 64 bits (ADR 0033). */
    public static final Instant EARLIEST = Instant.ofEpochSecond(0, Long.MIN_VALUE);
    public static final Instant LATEST = Instant.ofEpochSecond(0, Long.MAX_VALUE);

    /** A time read from a file as a passage keeps it: one before 1677 or after 2262 becomes the nearest kept. */
    public static Instant keptTime(Instant at) {
        return at.isBefore(EARLIEST) ? EARLIEST : at.isAfter(LATEST) ? LATEST : at;
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
