package org.parallax.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.parallax.model.SqliteSideFile;

/**
 * The files a project file keeps beside it: SQLite's journals ({@code NAME.parallax-wal}, {@code -shm},
 * {@code -journal}) and the search index folder ({@code NAME.parallax.index/}), all made from the file and deleted
 * with it. The backups folder ({@code NAME.parallax.backups/}) lies beside it too but is no side file: it is the way
 * back, so nothing here deletes it.
 */
public final class ProjectSideFiles {
    private ProjectSideFiles() {
    }

    /** The search index folder beside a project file (it may not exist). */
    public static Path indexFolder(Path file) {
        return file.resolveSibling(file.getFileName() + ".index");
    }

    /** SQLite's journal files beside a project file (they may not exist). */
    public static List<Path> journals(Path file) {
        return Arrays.stream(SqliteSideFile.values()).map(side -> side.beside(file)).toList();
    }

    /**
     * Deletes a project file with its journals and its index folder, whichever exist. Every one is tried; the first
     * failure is thrown afterwards with the others attached, so one file that cannot go keeps no other behind.
     */
    public static void delete(Path file) throws IOException {
        IOException first = null;
        for (Path path : Stream.concat(Stream.of(file), Stream.concat(journals(file).stream(),
                Stream.of(indexFolder(file)))).toList()) {
            try {
                deleteTree(path);
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(path);
            return;
        }
        try (Stream<Path> inside = Files.walk(path)) {
            for (Path p : inside.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
