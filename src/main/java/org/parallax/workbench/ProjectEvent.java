package org.parallax.workbench;

/**
 * What part of a project changed, so views refresh only what they show; {@code ROLE}: the session's role in its team
 * project (the title, the read-only banner and what a lead alone may do follow it).
 */
public enum ProjectEvent {
    DOCUMENTS, CODEBOOK, SEGMENTS, CODERS, MEMOS, TRACING, ROLE
}
