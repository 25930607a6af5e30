package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a project's name, new or given by a rename outside Parallax, leaves room for the names of the files kept
 * beside it, asked of the disk itself (the longest name a folder takes is the file system's, 255 bytes on Linux):
 * SQLite's journal, the backups folder, the search index and the hidden copies a backup or restore writes all add to
 * the project's name.
 */
final class NewProjectName {
    /** More than Parallax adds to a project's name for any file beside it ({@code .NAME.restoring.tmp-PID-journal}). */
    private static final int ROOM = 40;
    private static final int SHORTEST_LIMIT = 143;

    private NewProjectName() {
    }

    /**
     * Why a project renamed outside Parallax cannot be opened to write under {@code project}, or empty when its side
     * files' names fit. Only a name within {@code ROOM} bytes of the shortest common limit (eCryptfs' 143) is asked
     * of the disk, so an ordinary open writes no probe.
     */
    static Optional<String> tooLongToOpen(Path project) {
        int bytes = String.valueOf(project.getFileName()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return bytes + ROOM <= SHORTEST_LIMIT ? Optional.empty() : tooLong(project, "rename the file to a shorter name");
    }

    /**
     * Why {@code project} cannot be made where it is named because the folder to hold it is not there, or empty when
     * it is: SQLite's own words for it ("path to '…': '…' does not exist") say nothing of what to do.
     */
    static Optional<String> noFolder(Path project) {
        Path folder = project.getParent();
        if (folder == null || Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return Optional.of(project.getFileName() + ": " + existing + " is a file, not a folder; give a path in a "
                    + "folder");
        }
        return Optional.of(project.getFileName() + ": the folder " + folder + " does not exist; make it first, or "
                + "give a path in a folder that exists");
    }

    /** Why {@code project} cannot be a project's name here, or empty when its side files' names fit. */
    static Optional<String> tooLong(Path project) {
        return tooLong(project, "choose a shorter name");
    }

    private static Optional<String> tooLong(Path project, String remedy) {
        Path probe = project.resolveSibling("." + project.getFileName() + "-" + "x".repeat(ROOM - 2));
        try {
            Files.delete(Files.createFile(probe));
            return Optional.empty();
        } catch (FileAlreadyExistsException e) {
            return Optional.empty();
        } catch (FileSystemException e) {
            if (String.valueOf(e.getReason()).toLowerCase(Locale.ROOT).contains("name too long")) {
                return Optional.of(project.getFileName() + ": the name is too long: Parallax keeps files named after "
                        + "the project beside it (its journal, backups and search index), and their names would be "
                        + "longer than this disk allows; " + remedy);
            }
            return Optional.empty();
        } catch (IOException e) {
            // Any other trouble with the folder is SQLite's to meet and report as it creates the file.
            return Optional.empty();
        }
    }
}
