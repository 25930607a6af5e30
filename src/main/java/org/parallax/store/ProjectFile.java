package org.parallax.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A project kept in one SQLite file ({@code NAME.parallax}), named by its real path: SQLite keeps the journal beside
 * the file a symbolic link leads to, so the backups, the search index and the sign of another program holding the
 * file are looked for there too, whichever link or linked folder the project was reached through, and a restore
 * replaces the file rather than the link to it.
 */
public record ProjectFile(Path path) implements ProjectLocation {
    public ProjectFile {
        path = real(path.toAbsolutePath());
    }

    @Override
    public String displayName() {
        return String.valueOf(path.getFileName());
    }

    /** A link that leads nowhere (missing target, a loop) is kept as given, so that opening it names it as such. */
    private static Path real(Path path) {
        try {
            if (Files.exists(path)) {
                return path.toRealPath();
            }
            Path parent = path.getParent();
            if (!Files.isSymbolicLink(path) && parent != null && Files.isDirectory(parent)) {
                return parent.toRealPath().resolve(path.getFileName());
            }
        } catch (IOException e) {
            // Unreadable on the way: the path as given, which opening then names with its problem.
        }
        return path;
    }
}
