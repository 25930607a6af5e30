package org.parallax.store;

/**
 * A project file that cannot be opened at all because of what is in it (cut short, emptied, its table of contents
 * damaged), as opposed to one that is busy, newer or on a full disk: only one of its backups can bring it back.
 */
public final class DamagedProjectException extends StoreException {
    public DamagedProjectException(String message, Throwable cause) {
        super(message, cause);
    }

    public DamagedProjectException(String message) {
        super(message);
    }
}
