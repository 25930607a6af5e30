package org.parallax.workbench;

/** A code the assistant proposes for a unit {@code [start, end)} of a document, with its confidence in [0, 1]. */
public record Suggestion(long documentId, int start, int end, long codeId, String codeName, double confidence) {
}
