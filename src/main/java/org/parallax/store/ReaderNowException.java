package org.parallax.store;

/**
 * A change refused by a team project because a lead made this login a reader while the project was open. It passes
 * once the coder role is given back, which the open session takes from its next change on: an undo refused for it
 * keeps its step, to be undone then.
 */
public final class ReaderNowException extends StoreException {
    public ReaderNowException(String message, Throwable cause) {
        super(message, cause);
    }
}
