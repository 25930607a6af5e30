package org.parallax.workbench;

import java.util.List;
import java.util.function.Supplier;
import org.parallax.model.TeamRole;
import org.parallax.store.TeamAdmin;
import org.parallax.store.TeamUrl;

/** Team projects on a PostgreSQL server: preparing one and adding its members (docs/team.md). */
public final class Team {
    private Team() {
    }

    /** A team project as {@link #init} left it. */
    public record Prepared(String url, String project, int schemaVersion, List<String> groupRoles) {
    }

    /** Whether a project argument names a team project on a server rather than a project file. */
    public static boolean isTeamUrl(String location) {
        return TeamUrl.isTeamUrl(location);
    }

    /**
     * Prepares the project the URL names (schema, group roles, grants, row-level security); safe to run again.
     * {@code user} (from --user) overrides the URL's user; {@code prompt} is asked for a password only when none
     * is stored.
     */
    public static Prepared init(String url, String user, Supplier<char[]> prompt) {
        TeamUrl location = location(url, user);
        TeamAdmin.Prepared prepared = TeamAdmin.init(location, prompt);
        return new Prepared(location.toString(), prepared.project(), prepared.schemaVersion(), prepared.groupRoles());
    }

    /** Creates the login {@code name} (or sets its password) and makes it the project's {@code role}. */
    public static void addUser(String url, String user, String name, TeamRole role, char[] password,
            Supplier<char[]> prompt) {
        TeamAdmin.addUser(location(url, user), name, role, password, prompt);
    }

    private static TeamUrl location(String url, String user) {
        TeamUrl location = TeamUrl.parse(url);
        return user == null ? location : location.withUser(user);
    }
}
