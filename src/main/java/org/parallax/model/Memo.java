package org.parallax.model;

import java.time.Instant;

/**
 * A free, multi-line note of the analyst on the project (research journal), a document, a code or a coded
 * passage; at most one per target. {@code author} is the coder who wrote it first (null for memos from
 * before authors were kept).
 */
public record Memo(long id, MemoTarget target, String text, String author, Instant created, Instant modified) {
}
