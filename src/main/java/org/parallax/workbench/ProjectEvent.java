package org.parallax.workbench;

/** What part of a project changed, so views refresh only what they show. */
public enum ProjectEvent {
    DOCUMENTS, CODEBOOK, SEGMENTS, CODERS, MEMOS, TRACING
}
