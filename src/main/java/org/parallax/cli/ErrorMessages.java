package org.parallax.cli;

import org.parallax.model.ParallaxException;

/** Turns a failure into the one line a user reads: domain messages as they are, others with their type. */
final class ErrorMessages {
    private ErrorMessages() {
    }

    static String of(Throwable e) {
        if (e instanceof ParallaxException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
