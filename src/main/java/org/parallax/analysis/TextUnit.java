package org.parallax.analysis;

/** A unit of text for agreement or co-occurrence: the half-open range {@code [start, end)} of one document. */
public record TextUnit(long documentId, int start, int end) {
}
