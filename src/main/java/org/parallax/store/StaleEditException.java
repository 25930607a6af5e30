package org.parallax.store;

/**
 * An edit was made against an older version of a codebook entry, a document's details or a memo than the one
 * stored: someone else (another window, another coder) changed it meanwhile. Nothing of the edit was written;
 * the message names what changed and who changed it, and the view should reload before the edit is repeated.
 */
public final class StaleEditException extends StoreException {
    public StaleEditException(String message) {
        super(message);
    }
}
