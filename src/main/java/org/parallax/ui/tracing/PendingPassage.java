package org.parallax.ui.tracing;

/** The passage "Use as evidence…" put into the evidence form: a coded passage ({@code segmentId}) or a selection. */
public record PendingPassage(long documentId, int start, int end, Long segmentId, String label) {
}
