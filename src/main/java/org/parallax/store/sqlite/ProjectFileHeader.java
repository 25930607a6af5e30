package org.parallax.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.parallax.store.DamagedProjectException;
import org.parallax.store.StoreException;

/**
 * The checks a file passes before SQLite sees it: it exists, is a file, is not empty and starts with the
 * SQLite header. SQLite itself would turn an empty file into a new database and report anything else as
 * {@code SQLITE_NOTADB}; a researcher who opened notes.csv by mistake needs the reason in words instead.
 */
final class ProjectFileHeader {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ProjectFileHeader() {
    }

    /** Throws a {@link StoreException} naming the file unless it looks like an SQLite database. */
    static void require(Path file) {
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new StoreException(name + " is a folder, not a Parallax project");
        }
        if (!Files.exists(file) && Files.isSymbolicLink(file)) {
            throw new StoreException(name + " is a symbolic link that leads to no file: " + linkTarget(file)
                    + " is missing, or the links lead round in a loop (" + file + ")");
        }
        if (!Files.exists(file)) {
            throw new StoreException(name + ": no such project file (" + file + ")");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length == 0) {
                // A project emptied by a crash or a sync client looks like any empty file: point to its backups.
                throw new DamagedProjectException(name + " is empty (0 bytes), not a Parallax project; if it was one, "
                        + "restore a backup: parallax restore " + file);
            }
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new StoreException(name + " is not a Parallax project");
            }
        } catch (IOException e) {
            throw new StoreException(name + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    private static String linkTarget(Path link) {
        try {
            return "its target " + Files.readSymbolicLink(link);
        } catch (IOException e) {
            return "its target";
        }
    }

    static StoreException notAProject(Path file) {
        return new StoreException(file.getFileName() + " is not a Parallax project");
    }
}
