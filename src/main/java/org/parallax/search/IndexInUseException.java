package org.parallax.search;

import org.parallax.model.ParallaxException;

/** Another Parallax window or process holds the index's write lock; the index is left to that process. */
public final class IndexInUseException extends ParallaxException {
    IndexInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
