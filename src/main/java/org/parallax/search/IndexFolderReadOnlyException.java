package org.parallax.search;

import org.parallax.model.ParallaxException;

/**
 * The index's folder cannot be written (a read-only share or medium, another user's folder, its name taken by a
 * file): its last commit may still answer a search, but it cannot be brought up to date or rebuilt there, so it is
 * not damaged either.
 */
public final class IndexFolderReadOnlyException extends ParallaxException {
    IndexFolderReadOnlyException(String message, Throwable cause) {
        super(message, cause);
    }
}
