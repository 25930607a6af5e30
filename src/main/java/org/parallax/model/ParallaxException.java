package org.parallax.model;

/** A domain failure whose message a researcher can read: names the file or item and the problem. */
public class ParallaxException extends RuntimeException {
    /** The message as the window says it, where the message names a command; null when the two are the same. */
    private final String inTheWindow;

    public ParallaxException(String message) {
        this(message, (Throwable) null);
    }

    public ParallaxException(String message, Throwable cause) {
        super(message, cause);
        this.inTheWindow = null;
    }

    /**
     * {@code inTheWindow}: the same failure said to a researcher in the window, who has menus where the message names
     * commands to type ({@code parallax restore}); a window user was sent to a command line for what a menu does.
     */
    public ParallaxException(String message, String inTheWindow, Throwable cause) {
        super(message, cause);
        this.inTheWindow = inTheWindow;
    }

    /** The message as the window says it: the message itself unless it names a command the window has a menu for. */
    public String inTheWindow() {
        return inTheWindow == null ? getMessage() : inTheWindow;
    }
}
