package org.parallax.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.TeamRole;
import org.parallax.store.StoreException;

/** Who is a member of a team project, read from the server's catalogue of role memberships. */
final class TeamMembership {
    private TeamMembership() {
    }

    /** The login this connection logged in as. */
    static String sessionLogin(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT session_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * The role the session's login has now in the project on its search path, from what the server lets it do: a lead
     * adds coders, a coder adds passages, a reader neither.
     */
    static TeamRole sessionRole(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT has_table_privilege('coders', 'INSERT'), "
                + "has_table_privilege('segments', 'INSERT')")) {
            rs.next();
            return rs.getBoolean(1) ? TeamRole.LEAD : rs.getBoolean(2) ? TeamRole.CODER : TeamRole.READER;
        }
    }

    /**
     * As {@link #sessionRole}, asked without failing where the login no longer sees the project's tables (removed from
     * it since): empty then, as the next action says why.
     */
    static java.util.Optional<TeamRole> sessionRoleIfMember(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT has_table_privilege(to_regclass('coders'), "
                + "'INSERT'), has_table_privilege(to_regclass('segments'), 'INSERT')")) {
            rs.next();
            Boolean lead = rs.getObject(1, Boolean.class);
            Boolean coder = rs.getObject(2, Boolean.class);
            if (lead == null || coder == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(lead ? TeamRole.LEAD : coder ? TeamRole.CODER : TeamRole.READER);
        }
    }

    /**
     * Serialises the changes to the project's members until the transaction ends: two owners removing the project's
     * two leads at once must not both see the other lead still there.
     */
    static void lockMembers(Connection c, String project) throws SQLException {
        try (var st = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            st.setString(1, "parallax team members " + project);
            st.execute();
        }
    }

    /** The project's roles the login holds directly, lead first. */
    static List<TeamRole> rolesOf(Connection c, String project, String login) throws SQLException {
        List<TeamRole> roles = new ArrayList<>();
        for (TeamRole role : TeamRole.values()) {
            if (!members(c, project, role, login).isEmpty()) {
                roles.add(role);
            }
        }
        return roles;
    }

    /**
     * Refuses to take the lead role from {@code login} when no other login is a lead of the project: nobody would be
     * left to keep the codebook, the documents and the coders, or to settle disagreements.
     */
    static void refuseLastLead(Connection c, String project, String login, String command) throws SQLException {
        boolean lead = !members(c, project, TeamRole.LEAD, login).isEmpty();
        if (lead && members(c, project, TeamRole.LEAD, null).size() < 2) {
            throw new StoreException(command + ": " + login + " is the last lead of team project " + project
                    + "; make another member lead first (parallax team add-user URL NAME --role lead), nothing was "
                    + "changed");
        }
    }

    /** How many passages the coder named like the login has in the project on the session's search path. */
    static long passagesOf(Connection c, String login) throws SQLException {
        try (var st = c.prepareStatement("SELECT count(*) FROM segments s JOIN coders c ON c.id = s.coder_id "
                + "WHERE c.name = ?")) {
            st.setString(1, login);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The logins that are direct members of the project's group for {@code role}; only {@code login} when given. */
    private static List<String> members(Connection c, String project, TeamRole role, String login)
            throws SQLException {
        try (var st = c.prepareStatement("SELECT m.rolname FROM pg_auth_members a "
                + "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                + "WHERE g.rolname = ? AND m.rolcanlogin AND (?::text IS NULL OR m.rolname = ?)")) {
            st.setString(1, TeamNames.group(project, role.word()));
            st.setString(2, login);
            st.setString(3, login);
            List<String> names = new ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }
}
