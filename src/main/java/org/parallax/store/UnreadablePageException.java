package org.parallax.store;

/**
 * A page of the project file SQLite cannot read (zeros from a bad disk, a half-copied file): no retry helps, only the
 * check, which names the damage, or a backup. Told apart from other failures so that a reader of many documents can
 * go on with those it can read and name the others.
 */
public final class UnreadablePageException extends StoreException {
    public UnreadablePageException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadablePageException(String message, String inTheWindow, Throwable cause) {
        super(message, inTheWindow, cause);
    }
}
