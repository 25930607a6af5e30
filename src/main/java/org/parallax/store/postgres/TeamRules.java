package org.parallax.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.parallax.store.TeamUrl;

/**
 * The rules a team project is set up with beside its tables: the grants and row-level security of
 * {@code team_access.sql}, the change triggers and action log of {@code team_changes.sql}. A project set up by an older
 * {@code team init} keeps its older rules until they are run again, and a server that still hands a coder in blind mode
 * what this Parallax hides would make its blind mode a claim only. So a session that finds them older brings them up to
 * date when its login owns the project, and otherwise must not write, saying what the owner runs (docs/team.md).
 */
final class TeamRules {
    private static final System.Logger LOG = System.getLogger(TeamRules.class.getName());
    /**
     * The version of the two scripts, raised with every change to what a member may read or write or to what a write
     * records. Recorded in the project by the function {@code setup_version()}; a project set up before has none (0).
     */
    static final int VERSION = 5;

    private TeamRules() {
    }

    /** Runs both scripts in the caller's transaction, one setup at a time per project. */
    static void apply(Connection c, String project) throws SQLException {
        try (var st = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            st.setString(1, "parallax team setup " + project);
            st.execute();
        }
        try (var st = c.createStatement()) {
            st.execute(TeamSetup.accessScript(project));
            st.execute(TeamSetup.changesScript(project));
        }
    }

    /** The version of the rules of the project on the session's search path; 0 when set up before it was recorded. */
    static int version(Connection c) throws SQLException {
        try (var st = c.createStatement();
                var rs = st.executeQuery("SELECT to_regprocedure('setup_version()') IS NOT NULL")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return 0;
            }
        }
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT setup_version()")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Brings older rules up to date when the session's login may (it owns the project's schema, or is a superuser), in
     * a transaction of its own that changes no data. Empty when the rules are current now; otherwise the one line
     * saying why this session must not write and what the owner runs. Leaves the connection in auto-commit.
     */
    static Optional<String> upToDate(Connection c, TeamUrl url) throws SQLException {
        if (version(c) >= VERSION) {
            return Optional.empty();
        }
        if (ownsProject(c, url.requireProject())) {
            c.setAutoCommit(false);
            try {
                apply(c, url.requireProject());
                c.commit();
                LOG.log(System.Logger.Level.INFO, url + ": brought the team project's rules up to date (version "
                        + VERSION + ")");
                return Optional.empty();
            } catch (SQLException e) {
                c.rollback();
                LOG.log(System.Logger.Level.WARNING, url + ": could not bring the team project's rules up to date", e);
            } finally {
                c.setAutoCommit(true);
            }
        }
        return Optional.of(olderRules(url, ActionLog.present(c)));
    }

    static boolean ownsProject(Connection c, String project) throws SQLException {
        try (var st = c.prepareStatement("SELECT pg_has_role(current_user, n.nspowner, 'USAGE') FROM pg_namespace n "
                + "WHERE n.nspname = ?")) {
            st.setString(1, project);
            try (var rs = st.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /**
     * Why a member's session of a project whose rules are older opens read-only, in one line naming what the owner
     * runs, which changes no data. Without the action log a change whose answer the connection lost could be saved
     * twice; with older rules in blind mode the server hands any program (psql) what Parallax hides.
     */
    static String olderRules(TeamUrl url, boolean recordsActions) {
        return (recordsActions ? "the team project's server rules were set up by an older Parallax: in blind mode "
                + "they still hand a coder's other programs (psql) the memos and evidence Parallax hides"
                : "the team project was set up by an older Parallax, so a change could be saved twice after a lost "
                + "connection") + "; Parallax writes nothing to it until the database owner brings it up to date (no "
                + "data changes) with: parallax team init postgresql://OWNER@" + url.projectAddress();
    }
}
