package org.parallax.store;

/**
 * Every change to the project is refused, whatever it would change: the disk holding the project file refuses writes
 * (removed, or turned read-only after an error), or a team project is open for reading only. Told apart from a
 * refusal of one change (a rule of the server, an edit of a row that changed), which the next change may pass.
 */
public final class WritesRefusedException extends StoreException {
    public WritesRefusedException(String message, Throwable cause) {
        super(message, cause);
    }

    public WritesRefusedException(String message) {
        super(message);
    }
}
