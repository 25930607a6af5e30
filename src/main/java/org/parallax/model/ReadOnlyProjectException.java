package org.parallax.model;

/**
 * A write refused because the project is open read-only (damaged, in a read-only place, replaced while open). Its
 * message already names the file and the reason, so a front end need not warn about the read-only state again.
 */
public class ReadOnlyProjectException extends ParallaxException {
    public ReadOnlyProjectException(String message) {
        super(message);
    }
}
