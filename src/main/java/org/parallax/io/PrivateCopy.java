package org.parallax.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file of the system's temporary folder holding the one version of a document read for its import, for the readers
 * that seek in a file (zip archives): the document itself may be rewritten meanwhile. Readable by its owner only.
 */
final class PrivateCopy {
    private static final System.Logger LOG = System.getLogger(PrivateCopy.class.getName());

    private PrivateCopy() {
    }

    static Path of(Path file, byte[] bytes) {
        Path copy = null;
        try {
            copy = Files.createTempFile("parallax-import-", ".part");
            Files.write(copy, bytes);
            return copy;
        } catch (IOException e) {
            delete(copy);
            throw new ImportException(file, "cannot be read: its copy could not be written to the temporary folder "
                    + "(" + Causes.brief(e) + ")", e);
        }
    }

    static void delete(Path copy) {
        if (copy == null) {
            return;
        }
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not delete " + copy + ": " + Causes.brief(e));
        }
    }
}
