package org.parallax.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.parallax.model.TeamRole;

/**
 * Setting up team projects on a server (docs/team.md), obtained from {@link ProjectStores#teamAdmin()}. Each
 * call takes a {@code prompt} that is asked for the password only when PGPASSWORD and ~/.pgpass have none.
 */
public interface TeamAdmin {
    /** What {@link #init} made or found: the project's schema, its version and its group roles. */
    record Prepared(String project, int schemaVersion, List<String> groupRoles) {
    }

    /**
     * Creates the URL's project (schema, tables, grants, row-level security) and its group roles lead, coder and
     * reader; on an existing project, brings its schema and policies up to date. Run by the database owner.
     */
    Prepared init(TeamUrl url, Supplier<char[]> prompt);

    /** Creates (or updates) the login {@code name} with {@code password} and makes it a member as {@code role}. */
    void addUser(TeamUrl url, String name, TeamRole role, char[] password, Supplier<char[]> prompt);

    /** What {@link #removeUser} did: the project, the role the login had, and its passages that stay. */
    record Removed(String project, TeamRole role, long passages) {
    }

    /**
     * Takes the login {@code name} out of the project: it can no longer open or change it, its passages stay,
     * attributed. Refused for the login running it, for a non-member and for the last lead.
     */
    Removed removeUser(TeamUrl url, String name, Supplier<char[]> prompt);

    /**
     * Uploads a project file into the URL's project (set up when new, refused when not empty); rows per table. A file
     * an older Parallax wrote is kept through {@code before}, then upgraded.
     */
    Map<String, Long> publish(Path file, TeamUrl url, Supplier<char[]> prompt, BeforeUpgrade before);

    /** Copies what the URL's user may read of its project into the new project file {@code target}. */
    Map<String, Long> pull(TeamUrl url, Path target, Supplier<char[]> prompt);
}
