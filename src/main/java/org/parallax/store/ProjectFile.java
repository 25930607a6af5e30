package org.parallax.store;

import java.nio.file.Path;

/** A project kept in one SQLite file ({@code NAME.parallax}). */
public record ProjectFile(Path path) implements ProjectLocation {
    public ProjectFile {
        path = path.toAbsolutePath();
    }

    @Override
    public String displayName() {
        return String.valueOf(path.getFileName());
    }
}
