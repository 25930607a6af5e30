package org.parallax.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.parallax.model.TeamRole;
import org.parallax.store.NotAMemberException;
import org.parallax.store.StoreException;
import org.parallax.store.TeamAdmin;
import org.parallax.store.TeamUrl;
import org.parallax.store.jdbc.Migrations;
import org.parallax.store.jdbc.RowChecks;
import org.postgresql.PGConnection;

/**
 * Prepares a team project on a server and adds its members; run by the database owner (a role that may create
 * roles). Each call is one transaction: a project is set up whole or not at all.
 */
public final class TeamSetup {
    private static final System.Logger LOG = System.getLogger(TeamSetup.class.getName());

    private TeamSetup() {
    }

    /**
     * Creates the project's group roles (lead, coder, reader) when missing, its schema with the current tables,
     * and the grants and row-level security policies of docs/team.md. Running it again brings an existing
     * project's schema and policies up to date and changes nothing else.
     */
    public static TeamAdmin.Prepared init(TeamUrl url, Supplier<char[]> prompt) {
        String project = url.requireProject();
        try (Connection c = TeamConnections.open(url, prompt)) {
            inTransaction(c, url, () -> {
                for (TeamRole role : TeamRole.values()) {
                    String group = TeamNames.group(project, role.word());
                    if (!roleExists(c, group)) {
                        execute(c, "CREATE ROLE " + TeamNames.quote(group) + " NOLOGIN");
                    }
                }
                execute(c, "CREATE SCHEMA IF NOT EXISTS " + TeamNames.quote(project));
                return null;
            });
            // The session's search path is the project's schema; each migration is a transaction of its own.
            Migrations.migrate(c, PostgresDialect.INSTANCE, url.toString());
            return inTransaction(c, url, () -> {
                TeamRules.apply(c, project);
                return new TeamAdmin.Prepared(project, version(c), groups(project));
            });
        } catch (SQLException e) {
            throw failure(url, e);
        }
    }

    /**
     * Creates the login role {@code name} (or changes its password when it exists), makes it a member of the
     * project's group role for {@code role} only, and gives leads and coders their coder row, named like the
     * login, so their passages are theirs.
     */
    public static void addUser(TeamUrl url, String name, TeamRole role, char[] password, Supplier<char[]> prompt) {
        TeamUrl.requireUserName(name);
        String project = url.requireProject();
        if (password == null || password.length == 0) {
            throw new StoreException("team add-user " + name + ": give the new password on standard input");
        }
        try (Connection c = TeamConnections.open(url, prompt)) {
            ownerConnected(c, url);
            inTransaction(c, url, () -> {
                if (version(c) == 0) {
                    throw new StoreException(url + ": no team project " + project + " there yet (run parallax "
                            + "team init " + url + " first)");
                }
                if (groups(project).contains(name) || isSuperuser(c, name)) {
                    throw new StoreException("team add-user " + name + ": that name belongs to a group role or an "
                            + "administrator; choose a personal login name");
                }
                if (!roleExists(c, name)) {
                    execute(c, "CREATE ROLE " + TeamNames.quote(name) + " LOGIN");
                }
                // Hashed here (SCRAM): the password itself never reaches the server's statement log.
                c.unwrap(PGConnection.class).alterUserPassword(name, password, "scram-sha-256");
                TeamMembership.lockMembers(c, project);
                if (role != TeamRole.LEAD) {
                    TeamMembership.refuseLastLead(c, project, name, "team add-user " + name + " --role "
                            + role.word());
                }
                execute(c, "REVOKE " + String.join(", ", groups(project).stream().map(TeamNames::quote).toList())
                        + " FROM " + TeamNames.quote(name));
                execute(c, "GRANT " + TeamNames.quote(TeamNames.group(project, role.word())) + " TO "
                        + TeamNames.quote(name));
                if (role != TeamRole.READER) {
                    try (var st = c.prepareStatement("INSERT INTO " + TeamNames.quote(project)
                            + ".coders(name) VALUES (?) ON CONFLICT (name) DO NOTHING")) {
                        st.setString(1, name);
                        st.executeUpdate();
                    }
                    RowChecks.sealCoder(c, TeamNames.quote(project), name);
                }
                return null;
            });
        } catch (SQLException e) {
            throw failure(url, e);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /**
     * Takes the login {@code name} out of every group role of the URL's project, so it can no longer open, read or
     * change the project; its coder row and passages stay, so what it coded stays attributed to it. The login itself
     * stays (it may belong to other projects). Refused for the login running the command, for a name that is not a
     * member, and for the project's last lead.
     */
    public static TeamAdmin.Removed removeUser(TeamUrl url, String name, Supplier<char[]> prompt) {
        TeamUrl.requireUserName(name);
        String project = url.requireProject();
        String command = "team remove-user " + name;
        try (Connection c = TeamConnections.open(url, prompt)) {
            ownerConnected(c, url);
            return inTransaction(c, url, () -> {
                if (version(c) == 0) {
                    throw new StoreException(url + ": no team project " + project + " there");
                }
                if (name.equals(TeamMembership.sessionLogin(c))) {
                    throw new StoreException(command + ": that is the login running this command; a member cannot "
                            + "remove themselves (the database owner or another lead with the right to manage roles "
                            + "does it)");
                }
                TeamMembership.lockMembers(c, project);
                List<TeamRole> roles = TeamMembership.rolesOf(c, project, name);
                if (roles.isEmpty()) {
                    throw new StoreException(command + ": " + name + " is not a member of team project " + project
                            + " (nothing was changed)");
                }
                TeamMembership.refuseLastLead(c, project, name, command);
                execute(c, "REVOKE " + String.join(", ", groups(project).stream().map(TeamNames::quote).toList())
                        + " FROM " + TeamNames.quote(name));
                return new TeamAdmin.Removed(project, roles.get(0), TeamMembership.passagesOf(c, name));
            });
        } catch (SQLException e) {
            throw failure(url, e);
        }
    }

    /**
     * Whether the URL's project is set up whole: every migration and then, in init's last transaction, the grants,
     * policies and change triggers (whose table {@code applied_actions} shows they are there). An init cut off
     * midway (killed, the connection lost) leaves the schema with some migrations and no policies; running init
     * again completes it.
     */
    static boolean isComplete(TeamUrl url, Supplier<char[]> prompt) {
        try (Connection c = TeamConnections.open(url, prompt)) {
            url.requireProject();
            return version(c) == Migrations.latest() && TeamRules.version(c) >= TeamRules.VERSION;
        } catch (SQLException e) {
            throw failure(url, e);
        }
    }

    /**
     * The database owner managing members brings the project's rules up to date as any session of theirs does
     * ({@link TeamRules}), when its tables are this Parallax's.
     */
    private static void ownerConnected(Connection c, TeamUrl url) throws SQLException {
        if (version(c) == Migrations.latest()) {
            TeamRules.upToDate(c, url);
        }
    }

    /** The schema version of the project on the session's search path, 0 when there is none. */
    static int version(Connection c) throws SQLException {
        return PostgresDialect.INSTANCE.schemaVersion(c);
    }

    /**
     * The refusal for a login that cannot see the project: the schema is there but the login is in none of its
     * groups (never added, or removed since), so "no team project there" would send them to set it up again.
     * Empty when the project is not there at all. pg_namespace is readable by every login.
     */
    static Optional<NotAMemberException> notAMember(Connection c, TeamUrl url) throws SQLException {
        try (var st = c.prepareStatement("SELECT current_user, EXISTS (SELECT 1 FROM pg_namespace n "
                + "WHERE n.nspname = ? AND NOT has_schema_privilege(n.oid, 'USAGE'))")) {
            st.setString(1, url.requireProject());
            try (var rs = st.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(2)) {
                    return Optional.empty();
                }
                String login = rs.getString(1);
                return Optional.of(new NotAMemberException(login, url + ": " + login + " is not a member of team project "
                        + url.project() + " (never added, or removed since); the database owner adds you with: "
                        + "parallax team add-user postgresql://OWNER@" + url.projectAddress() + " " + login
                        + " --role coder"));
            }
        }
    }

    static String accessScript(String project) {
        return load("team_access.sql")
                .replace("{schema}", TeamNames.quote(project))
                .replace("{lead}", TeamNames.quote(TeamNames.group(project, "lead")))
                .replace("{coder}", TeamNames.quote(TeamNames.group(project, "coder")))
                .replace("{reader}", TeamNames.quote(TeamNames.group(project, "reader")));
    }

    /** The triggers that notify open windows of every committed change (live updates), and the action log. */
    static String changesScript(String project) {
        return load("team_changes.sql")
                .replace("{schema}", TeamNames.quote(project))
                .replace("{lead}", TeamNames.quote(TeamNames.group(project, "lead")))
                .replace("{coder}", TeamNames.quote(TeamNames.group(project, "coder")))
                .replace("{reader}", TeamNames.quote(TeamNames.group(project, "reader")))
                .replace("{setup_version}", Integer.toString(TeamRules.VERSION));
    }

    private static String load(String name) {
        try (var in = TeamSetup.class.getResourceAsStream("/org/parallax/store/migrations/postgresql/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing script " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read script " + name, e);
        }
    }

    private static List<String> groups(String project) {
        return java.util.Arrays.stream(TeamRole.values()).map(r -> TeamNames.group(project, r.word())).toList();
    }

    private static boolean roleExists(Connection c, String role) throws SQLException {
        try (var st = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            st.setString(1, role);
            try (var rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean isSuperuser(Connection c, String role) throws SQLException {
        try (var st = c.prepareStatement("SELECT rolsuper FROM pg_roles WHERE rolname = ?")) {
            st.setString(1, role);
            try (var rs = st.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private static <T> T inTransaction(Connection c, TeamUrl url, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static StoreException failure(TeamUrl url, SQLException e) {
        LOG.log(System.Logger.Level.DEBUG, "team setup failed on " + url, e);
        if ("42501".equals(e.getSQLState())) {
            return new StoreException(url + ": permission denied; run this as the database's owner with the "
                    + "right to create roles (CREATEROLE), e.g. the postgres user", e);
        }
        return new StoreException(url + ": " + TeamConnections.reason(e), e);
    }
}
