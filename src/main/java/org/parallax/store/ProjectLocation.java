package org.parallax.store;

import java.nio.file.Path;

/**
 * Where a project lives: a project file ({@link ProjectFile}) or a team project on a PostgreSQL server
 * ({@link TeamUrl}). {@link ProjectStores} opens the right store for each.
 */
public interface ProjectLocation {
    /** How messages name the project: the file name, or the project on its server. */
    String displayName();

    /** The location named on a command line or in a dialog. */
    static ProjectLocation parse(String text) {
        return TeamUrl.isTeamUrl(text) ? TeamUrl.parse(text) : new ProjectFile(Path.of(text));
    }
}
