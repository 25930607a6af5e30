package org.parallax.search;

/**
 * Where KWIC lines take a document's text from when the index keeps no copy of it: the project's own stored text
 * (docs/decisions/0016-one-copy-of-the-text.md). The index still holds each document's content hash, so a text that
 * changed since it was indexed (a deleted document's id taken by a new one) is never sliced with stale offsets.
 */
@FunctionalInterface
public interface DocumentTexts {
    /**
     * The stored text of document {@code id} if its content hash is still {@code contentHash}, else null.
     *
     * @throws UnreadableTextException when the project cannot read the text (a damaged page of its file)
     */
    String textOf(long id, String contentHash);
}
