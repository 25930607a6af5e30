package org.parallax.model;

import java.time.Instant;

/**
 * A free, multi-line note of the analyst on the project (research journal), a document, a code or a coded
 * passage; at most one per target. {@code author} is the coder who wrote it first (null for memos from
 * before authors were kept). {@code version} is raised by every change and {@code changedBy} names who made the
 * latest, so an edit made against an older version is refused naming them.
 */
public record Memo(long id, MemoTarget target, String text, String author, Instant created, Instant modified,
                   long version, String changedBy) {
    /** A memo as written before its versions are known (version 0: not read from a project). */
    public Memo(long id, MemoTarget target, String text, String author, Instant created, Instant modified) {
        this(id, target, text, author, created, modified, 0, null);
    }
}
