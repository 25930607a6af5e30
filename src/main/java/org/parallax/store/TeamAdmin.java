package org.parallax.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.parallax.model.TeamRole;
import org.parallax.store.postgres.TeamSetup;
import org.parallax.store.postgres.TeamTransfer;

/** Setting up team projects on a PostgreSQL server: run by the database owner (docs/team.md). */
public final class TeamAdmin {
    private TeamAdmin() {
    }

    /** What {@link #init} made or found: the project's schema, its version and its group roles. */
    public record Prepared(String project, int schemaVersion, List<String> groupRoles) {
    }

    /**
     * Creates the URL's project (schema, tables, grants, row-level security) and its group roles lead, coder and
     * reader; on an existing project, brings its schema and policies up to date. {@code prompt} is asked for the
     * password only when PGPASSWORD and ~/.pgpass have none.
     */
    public static Prepared init(TeamUrl url, Supplier<char[]> prompt) {
        return TeamSetup.init(url, prompt);
    }

    /** Uploads a project file into the URL's project (set up when new, refused when not empty); rows per table. */
    public static Map<String, Long> publish(Path file, TeamUrl url, Supplier<char[]> prompt) {
        return TeamTransfer.publish(file, url, prompt);
    }

    /** Copies what the URL's user may read of its project into the new project file {@code target}. */
    public static Map<String, Long> pull(TeamUrl url, Path target, Supplier<char[]> prompt) {
        return TeamTransfer.pull(url, target, prompt);
    }

    /** Creates (or updates) the login {@code name} with {@code password} and makes it a member as {@code role}. */
    public static void addUser(TeamUrl url, String name, TeamRole role, char[] password, Supplier<char[]> prompt) {
        TeamSetup.addUser(url, name, role, password, prompt);
    }
}
