package org.parallax.io.refi;

import org.parallax.model.ParallaxException;

/** A REFI-QDA file that cannot be read or written; the message names the file and the problem. */
public class RefiException extends ParallaxException {
    public RefiException(String message) {
        super(message);
    }

    public RefiException(String message, Throwable cause) {
        super(message, cause);
    }
}
