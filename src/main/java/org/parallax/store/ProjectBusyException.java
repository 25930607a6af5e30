package org.parallax.store;

/**
 * Another program (a second Parallax window, a command-line import) held the project's write lock for
 * longer than the wait allows; nothing of the refused action was written, so it can simply be retried.
 */
public final class ProjectBusyException extends StoreException {
    public ProjectBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
