package org.parallax.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.model.DiskFullException;

/**
 * Why a backup could not be written into a project's backups folder, in words built from what failed (the folder,
 * and what stood in the way: a file with its name, a full disk, a folder that may not be written) rather than from
 * another message's wording.
 */
record BackupFailure(Path folder, String why) {

    static BackupFailure of(Path folder, Throwable failure) {
        return new BackupFailure(folder, why(folder, failure));
    }

    /** "cannot write a backup into FOLDER (WHY)". */
    String message() {
        return "cannot write a backup into " + folder + " (" + why + ")";
    }

    private static String why(Path folder, Throwable failure) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return "it is a file, not a folder: move it away";
        }
        if (DiskFullException.causedBy(failure)) {
            return "the disk is full: free some space on it";
        }
        Path place = Files.isDirectory(folder) ? folder : folder.getParent();
        if (place != null && Files.isDirectory(place) && !Files.isWritable(place)) {
            return (place.equals(folder) ? "it" : place.toString()) + " may not be written: allow writing to it";
        }
        return FileFailure.why(failure);
    }
}
