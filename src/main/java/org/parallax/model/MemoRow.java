package org.parallax.model;

import java.time.Instant;

/**
 * One memo flattened for listing and export: its kind, what it is about (document title, code name, or the
 * passage's code and document), author, last editor and dates. {@code documentId} is set for document and passage
 * memos, {@code codeId} for code and passage memos; {@code passage} holds a passage memo's coded text.
 */
public record MemoRow(long memoId, String kind, long targetId, String about, Long documentId, String document,
                      Long codeId, String code, String passage, String author, String lastEditedBy, Instant created,
                      Instant modified, String text) {
    /** "al", or "al, last edited by bo" once another coder changed it ({@link Memo#byline()}). */
    public String byline() {
        return Memo.byline(author, lastEditedBy);
    }
}
