package org.parallax.model;

/** A domain failure whose message a researcher can read: names the file or item and the problem. */
public class ParallaxException extends RuntimeException {
    public ParallaxException(String message) {
        super(message);
    }

    public ParallaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
