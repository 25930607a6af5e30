package org.parallax.store;

import org.parallax.model.ParallaxException;

/** A failure of the project database, with a message that names the project file. */
public class StoreException extends ParallaxException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code inTheWindow}: the message as the window says it ({@link ParallaxException#inTheWindow}). */
    public StoreException(String message, String inTheWindow, Throwable cause) {
        super(message, inTheWindow, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
