package org.parallax.model;

import java.time.Instant;

/**
 * A free, multi-line note of the analyst on the project (research journal), a document, a code or a coded
 * passage; at most one per target. {@code author} is the coder who wrote it first (null for memos from
 * before authors were kept). {@code version} is raised by every change and {@code changedBy} names who made the
 * latest (shown as "last edited by"), so an edit made against an older version is refused naming them.
 */
public record Memo(long id, MemoTarget target, String text, String author, Instant created, Instant modified,
                   long version, String changedBy) {
    /** Who made the latest change: {@code changedBy}, or the author for a memo from before changes were recorded. */
    public String lastEditedBy() {
        return changedBy != null ? changedBy : author;
    }

    /** Who wrote it, for a line: "al", or "al, last edited by bo" once another coder changed it; null if unknown. */
    public String byline() {
        return byline(author, lastEditedBy());
    }

    /** {@link #byline()} of an author and the last editor, either of which may be unknown (null). */
    public static String byline(String author, String lastEditedBy) {
        if (lastEditedBy == null || lastEditedBy.equals(author)) {
            return author;
        }
        return author == null ? "last edited by " + lastEditedBy : author + ", last edited by " + lastEditedBy;
    }

    /** A memo as written before its versions are known (version 0: not read from a project). */
    public Memo(long id, MemoTarget target, String text, String author, Instant created, Instant modified) {
        this(id, target, text, author, created, modified, 0, null);
    }
}
