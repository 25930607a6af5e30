package org.parallax.search;

/**
 * The project cannot read a document's stored text (a damaged page of its file): its hits are counted from the index,
 * but no line can be cut from it. A search goes on with the other documents and names this one.
 */
public final class UnreadableTextException extends RuntimeException {
    private final long documentId;

    public UnreadableTextException(long documentId, Throwable cause) {
        super("the text of document " + documentId + " cannot be read", cause);
        this.documentId = documentId;
    }

    public long documentId() {
        return documentId;
    }
}
