package org.parallax.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A project file that cannot be opened at all because of what is in it (cut short, emptied, its header or table of
 * contents damaged), as opposed to one that is busy, newer or on a full disk: only one of its backups can bring it
 * back, and the file it names is the one whose backups to offer.
 */
public final class DamagedProjectException extends StoreException {
    private final transient Path file;

    public DamagedProjectException(String message, Path file, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public DamagedProjectException(String message, Path file) {
        super(message);
        this.file = file;
    }

    /** The damaged project file, whose backups folder may hold the way back. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
