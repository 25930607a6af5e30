package org.parallax.workbench;

import org.parallax.model.MemoKind;

/**
 * Which memos to list; null fields do not filter. {@code documentId} keeps a document's own memo and the memos
 * of its passages; {@code query} is a search in the memos' text (docs/search.md).
 */
public record MemoFilter(MemoKind kind, String author, Long documentId, String query) {
    public static final MemoFilter ALL = new MemoFilter(null, null, null, null);
}
