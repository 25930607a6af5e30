package org.parallax.io;

/** Shortens a library's exception to a fragment fit for a one-line message. */
final class Causes {
    private static final int MAX = 160;

    private Causes() {
    }

    static String brief(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // Library messages often repeat the exception class names of the causes they wrap.
        String line = message.strip().lines().findFirst().orElse("")
                .replaceAll("^((\\w+\\.)+\\w+(Exception|Error): )+", "")
                .replaceFirst("^error: ", "");
        return line.length() > MAX ? line.substring(0, MAX) + "…" : line;
    }
}
