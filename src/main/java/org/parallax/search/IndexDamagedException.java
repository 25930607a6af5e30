package org.parallax.search;

import org.parallax.model.ParallaxException;

/** The search index could not be read; it is derived data, so the caller rebuilds it from the documents. */
public final class IndexDamagedException extends ParallaxException {
    public IndexDamagedException(String index, Throwable cause) {
        super("The search index " + index + " is damaged and must be rebuilt from the project's documents (nothing "
                + "is lost)", cause);
    }
}
