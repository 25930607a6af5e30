package org.parallax.io;

import java.nio.file.Path;
import org.parallax.model.FileNames;
import org.parallax.model.ParallaxException;

/** A file that could not be imported; the message is one line, "<file name>: <reason>". */
public class ImportException extends ParallaxException {
    private final transient Path file;
    private final String reason;

    public ImportException(Path file, String reason) {
        super(nameOf(file) + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public ImportException(Path file, String reason, Throwable cause) {
        super(nameOf(file) + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file that failed. */
    public Path file() {
        return file;
    }

    /** What went wrong, without the file name. */
    public String reason() {
        return reason;
    }

    private static String nameOf(Path file) {
        return FileNames.shown(file);
    }
}
