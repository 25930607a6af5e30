package org.parallax.cli;

import java.nio.file.InvalidPathException;
import org.parallax.model.ParallaxException;
import org.parallax.workbench.HeapLimit;

/** Turns a failure into the one line a user reads: domain messages as they are, others with their type. */
final class ErrorMessages {
    private ErrorMessages() {
    }

    static String of(Throwable e) {
        if (e instanceof InvalidPathException invalid && invalid.getReason().startsWith("Malformed input")) {
            // a name from a file or a folder listing (a remembered project, an imported folder) that this JVM's
            // character set for file names cannot hold: the same advice as for one on the command line
            return FileNameLocale.adviceForPath(invalid.getInput());
        }
        if (e instanceof ParallaxException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** What to do when a command ran out of the Java heap ({@code heapBytes} is the limit it ran under). */
    static String outOfMemory(long heapBytes) {
        return "out of memory: " + HeapLimit.exceeded(heapBytes);
    }
}
