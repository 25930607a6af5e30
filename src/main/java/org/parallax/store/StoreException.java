package org.parallax.store;

import org.parallax.model.ParallaxException;

/** A failure of the project database, with a message that names the project file. */
public class StoreException extends ParallaxException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
