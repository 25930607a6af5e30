package org.parallax.store;

/**
 * The team server refused a statement for want of its own resources (PostgreSQL's SQLSTATE class 53: its disk,
 * memory or connections). Nothing of the refused change was kept, and the same change goes through once whoever
 * runs the server has made room: a passing refusal, not a fault of the project.
 */
public final class ServerFullException extends StoreException {
    private final boolean diskFull;

    public ServerFullException(String message, Throwable cause, boolean diskFull) {
        super(message, cause);
        this.diskFull = diskFull;
    }

    /** Whether it was the server's disk (rather than its memory or connections) that was full. */
    public boolean diskFull() {
        return diskFull;
    }

    /** The refusal in {@code error} or its causes, if it is one. */
    public static java.util.Optional<ServerFullException> in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ServerFullException full) {
                return java.util.Optional.of(full);
            }
        }
        return java.util.Optional.empty();
    }
}
