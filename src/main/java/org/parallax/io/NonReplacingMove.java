package org.parallax.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Moves a finished temporary file to a name that must be new, never over a file that is there. A check that the name
 * is free followed by a rename replaced a file made there in between (another program's, a second copy's): the rename
 * is the last step of writing a copy as large as a project, so the gap was the whole copy's time. A hard link to the
 * name fails, as one step, when the name is taken; the temporary name is removed after it.
 */
public final class NonReplacingMove {
    private NonReplacingMove() {
    }

    /**
     * Moves {@code temp} to {@code target} in the same folder and makes the move durable where the platform allows.
     *
     * @throws FileAlreadyExistsException when {@code target} is there (a file, a folder, a link), which is left as it is
     */
    public static void move(Path temp, Path target) throws IOException {
        if (linked(temp, target)) {
            Files.delete(temp);
        } else {
            // FAT and exFAT (most USB sticks) and some network shares keep no hard links. A move that may not replace
            // is refused by the JDK when the name is there, moments before the rename on POSIX (a gap of a system call
            // instead of the copy's time), and by the rename itself on Windows.
            Files.move(temp, target);
        }
        AtomicFiles.syncFolder(target.getParent());
    }

    /** Whether {@code target} now names {@code temp}'s file; false where the file system keeps no hard links. */
    private static boolean linked(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException taken) {
            throw taken;
        } catch (UnsupportedOperationException | FileSystemException noLinks) {
            return false;
        }
    }
}
