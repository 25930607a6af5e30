package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.parallax.model.SqliteSideFile;

/** Whether Parallax may write a project where it lies: the file, its folder and SQLite's side files. */
final class Locations {
    private Locations() {
    }

    /** What a project on a drive or share mounted read-only is: nothing on it can be made writable. */
    static final String READ_ONLY_DRIVE = "the drive it is on is mounted read-only, so nothing on it can be changed "
            + "(a CD, a locked memory card, a share offered for reading only): save a copy on another drive to work on "
            + "it";

    /** Why the project cannot be written (in words), or null when it can. */
    static String unwritable(Path file) {
        if (!writable(file)) {
            // The file's own permissions are not the cause on a read-only mount: changing them cannot help there.
            return onReadOnlyDrive(file) ? READ_ONLY_DRIVE : "the file is read-only (save a copy to work on it)";
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !writable(folder)) {
            return "its folder " + folder + " is read-only (save a copy to work on it)";
        }
        for (SqliteSideFile kind : List.of(SqliteSideFile.WAL, SqliteSideFile.SHM)) {
            Path side = kind.beside(file);
            if (Files.exists(side) && !writable(side)) {
                return side.getFileName() + " is read-only (left by an earlier read-only open?): fix its "
                        + "permissions or delete it while no program has the project open";
            }
        }
        return null;
    }

    private static boolean onReadOnlyDrive(Path path) {
        try {
            return Files.getFileStore(path).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writable for this user and not marked read-only: a file whose permission bits allow no one to write
     * counts as read-only even for an administrator, who could write it but should not.
     */
    private static boolean writable(Path path) {
        if (!Files.isWritable(path)) {
            return false;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            return permissions.contains(PosixFilePermission.OWNER_WRITE)
                    || permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return true;
        }
    }
}
