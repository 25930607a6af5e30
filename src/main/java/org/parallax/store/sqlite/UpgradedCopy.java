package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.parallax.model.KilledWriters;
import org.parallax.store.ProjectSideFiles;
import org.parallax.store.StoreException;

/**
 * What a read-only opening reads when an older Parallax wrote the project: the file itself must not change (it
 * is a colleague's project being merged, a file being checked, or one in a read-only place), yet the current
 * code reads only the current schema. So the committed state is copied into a private temporary folder,
 * upgraded there and read from there; the copy is deleted when the project is closed.
 */
final class UpgradedCopy {
    private static final System.Logger LOG = System.getLogger(UpgradedCopy.class.getName());

    private UpgradedCopy() {
    }

    /** Copies the project {@code reader} reads to a temporary file at the current schema and returns it. */
    static Path of(Connection reader, Path project) throws SQLException {
        Path folder;
        try {
            folder = KilledWriters.newFolder("parallax-upgraded-");
        } catch (IOException e) {
            throw new StoreException(project.getFileName() + " was written by an older Parallax and cannot be read "
                    + "without an upgraded copy, which cannot be made (" + e.getMessage() + ")", e);
        }
        Path copy = folder.resolve(project.getFileName().toString());
        // A window ended without closing the project (SIGTERM, logout) runs no close(): the JVM still removes
        // these at exit, the file before its folder (reverse order of registration).
        folder.toFile().deleteOnExit();
        copy.toFile().deleteOnExit();
        try {
            try (var st = reader.prepareStatement("VACUUM INTO ?")) {
                st.setString(1, copy.toString());
                st.execute();
            }
            try (Connection writer = Connections.writer(copy, false)) {
                UpgradeMark.migrate(writer, String.valueOf(project.getFileName()));
            }
            LOG.log(System.Logger.Level.INFO, "Reading " + project + " (older schema) from the upgraded copy " + copy);
            return copy;
        } catch (SQLException | RuntimeException e) {
            delete(copy);
            throw e;
        }
    }

    /** Removes the copy, SQLite's side files and the folder made for them. */
    static void delete(Path copy) {
        try {
            ProjectSideFiles.delete(copy);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot delete the upgraded copy " + copy + " or its side files", e);
        }
        deleteQuietly(copy.getParent());
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot delete the upgraded copy " + path, e);
        }
    }
}
