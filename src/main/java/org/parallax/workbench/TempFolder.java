package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parallax.model.KilledWriters;
import org.parallax.model.ParallaxException;

/**
 * A folder of derived data of this process alone in the system's temp folder (a private search index, the
 * benchmark's corpus): made on demand, deleted with everything in it when done.
 */
public final class TempFolder {
    private static final String PRIVATE_INDEX = "parallax-index-private-";
    private static final String READ_ONLY_INDEX_BEFORE = "parallax-index-";

    private TempFolder() {
    }

    /**
     * A private search index's folder, for a process whose project's shared index another process holds, or whose
     * project is open read-only with no index beside it. It is named
     * with this process's id: a window killed with one open (SIGKILL, a crash, a power cut) never deletes it, so
     * the next private index removes those whose process is gone; each is as large as the project's index.
     */
    static Path forPrivateIndex() {
        try {
            // A read-only project's index was once named by the project alone, with no process to tell it by: such a
            // folder an hour old is left behind (KilledWriters' rule for names without a process id: the pid group
            // stays unmatched).
            KilledWriters.removeIn(Path.of(System.getProperty("java.io.tmpdir")),
                    Pattern.compile(Pattern.quote(READ_ONLY_INDEX_BEFORE) + "[0-9a-f]{16}(?<pid>)??"));
            Path folder = KilledWriters.newFolder(PRIVATE_INDEX);
            // A window ended without closing the project runs no close(): the JVM removes an empty folder at exit.
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new ParallaxException("The search index is in use by another Parallax window or process, and no "
                    + "private one can be made in the temporary folder (" + e.getMessage() + ")", e);
        }
    }

    /** Deletes the folder and all in it; a failure costs only temp space, so it is logged, not thrown. */
    public static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.getLogger(TempFolder.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot delete the temporary folder " + folder, e);
        }
    }
}
