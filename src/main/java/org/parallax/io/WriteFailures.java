package org.parallax.io;

import java.io.IOException;
import java.nio.file.Path;
import org.parallax.model.DiskFullException;
import org.parallax.model.ParallaxException;

/**
 * One wording for every file Parallax could not write: "Cannot write WHAT FILE: REASON". A full disk reads the same
 * from every writer ("the disk is full; nothing was written"), whatever words the disk or a library (POI, the zip
 * stream) put on it: {@link AtomicFiles} removed the temporary file, and an earlier file of that name is untouched.
 */
public final class WriteFailures {
    /** The reason of every write that ran out of room. */
    public static final String DISK_FULL = "the disk is full; nothing was written";

    private WriteFailures() {
    }

    /** The failure to write {@code file}, the {@code what} ("the passages export") named as the user asked for it. */
    public static ParallaxException of(String what, Path file, IOException e) {
        String failed = "Cannot write " + what + " " + file + ": ";
        if (DiskFullException.causedBy(e)) {
            return new DiskFullException(failed + DISK_FULL, e);
        }
        return new ParallaxException(failed + e.getMessage(), e);
    }
}
