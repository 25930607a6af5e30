package org.parallax.store;

/**
 * A team project's server was lost and the session gave up reconnecting. The change being made was not saved,
 * or, when {@link #mayHaveBeenSaved()}, its commit was sent and the answer lost. A long action that saves in
 * steps (an import's chunks) says which steps were saved before it.
 */
public final class ServerLostException extends StoreException {
    private final boolean mayHaveBeenSaved;

    public ServerLostException(String message, Throwable cause, boolean mayHaveBeenSaved) {
        super(message, cause);
        this.mayHaveBeenSaved = mayHaveBeenSaved;
    }

    public boolean mayHaveBeenSaved() {
        return mayHaveBeenSaved;
    }
}
