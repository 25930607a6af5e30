package org.parallax.store;

import java.nio.file.Path;

/**
 * Where a project lives: a project file today ({@link ProjectFile}); a team project on a server is a second
 * kind of location. {@link ProjectStores} opens the right store for each.
 */
public interface ProjectLocation {
    /** How messages name the project: the file name, or the project on its server. */
    String displayName();

    /** The location named on a command line or in a dialog. */
    static ProjectLocation parse(String text) {
        return new ProjectFile(Path.of(text));
    }
}
