package org.parallax.workbench;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.parallax.model.DiskFullException;

/**
 * What stood in the way of a file operation, in words: Java's exceptions for a file denied, missing or in the way
 * carry only the file's path as their message, so a line built from that message ended in "(PATH)".
 */
final class FileFailure {
    private FileFailure() {
    }

    /** "the disk is full", "FILE may not be written (permission denied)", "FILE is not there", … */
    static String why(Throwable failure) {
        if (DiskFullException.causedBy(failure)) {
            return "the disk is full: free some space on it";
        }
        Throwable innermost = failure;
        while (innermost.getCause() != null && !(innermost instanceof FileSystemException)) {
            innermost = innermost.getCause();
        }
        if (innermost instanceof FileSystemException file) {
            String name = file.getFile() == null ? "a file" : shown(file.getFile());
            if (file instanceof AccessDeniedException) {
                return name + " may not be written or read (permission denied)";
            }
            if (file instanceof NoSuchFileException) {
                return name + " is not there (moved or deleted meanwhile?)";
            }
            if (file instanceof DirectoryNotEmptyException || file instanceof FileAlreadyExistsException) {
                return name + " is in the way (a folder or file of that name): move it away";
            }
            if (file.getReason() != null) {
                return name + ": " + file.getReason();
            }
        }
        return innermost.getMessage() != null ? innermost.getMessage() : innermost.getClass().getSimpleName();
    }

    private static String shown(String file) {
        Path path = Path.of(file);
        return path.getFileName() == null ? file : path.getFileName().toString();
    }
}
