package org.parallax.store.postgres;

/** The names a team project gives to things on the server: its schema and its three group roles. */
final class TeamNames {
    private TeamNames() {
    }

    /** A name as a quoted identifier; the names reaching here are checked by {@link TeamUrl} first. */
    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The group role of a project for one role ({@code lead}, {@code coder}, {@code reader}). */
    static String group(String project, String role) {
        return project + "_" + role;
    }
}
