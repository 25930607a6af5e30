package org.parallax.store.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.parallax.model.TeamRole;
import org.parallax.store.ProjectStores;
import org.parallax.store.TeamUrl;
import org.parallax.testutil.TestServer;

/**
 * A new team project on the test server with two coders (alice, bob), a lead (lena) and a reader (rita), one document
 * ("Speech", 100 characters) and one code ("Power"). The members log in with plain JDBC sessions, as psql would, so
 * the server alone decides what they read and write.
 */
record PlainMembers(String database, String project, TeamUrl url, long document, long code) {
    static PlainMembers create(String stem) throws SQLException {
        String database = TestServer.freshDatabase();
        String project = TestServer.freshProjectName(stem);
        TeamUrl url = TeamUrl.parse(TestServer.withProject(database, project));
        ProjectStores.teamAdmin().init(url, null);
        ProjectStores.teamAdmin().addUser(url, project + "_alice", TeamRole.CODER, "alice-pw".toCharArray(), null);
        ProjectStores.teamAdmin().addUser(url, project + "_bob", TeamRole.CODER, "bob-pw".toCharArray(), null);
        ProjectStores.teamAdmin().addUser(url, project + "_lena", TeamRole.LEAD, "lena-pw".toCharArray(), null);
        ProjectStores.teamAdmin().addUser(url, project + "_rita", TeamRole.READER, "rita-pw".toCharArray(), null);
        try (Connection lead = session(database, project, "lena")) {
            long document = value(lead, "INSERT INTO documents(title, type, content_hash, length, imported) "
                    + "VALUES ('Speech', 'speech', 'h1', 100, '2026-01-01') RETURNING id");
            lead.createStatement().execute("INSERT INTO document_texts VALUES (" + document + ", '" + "x".repeat(100)
                    + "')");
            long code = value(lead, "INSERT INTO codes(name) VALUES ('Power') RETURNING id");
            return new PlainMembers(database, project, url, document, code);
        }
    }

    /** A plain session of the member {@code who} (alice, bob, lena or rita) on the project. */
    Connection session(String who) throws SQLException {
        return session(database, project, who);
    }

    private static Connection session(String database, String project, String who) throws SQLException {
        Connection c = TestServer.plainSession(database, login(project, who), who + "-pw");
        c.createStatement().execute("SET search_path TO " + project);
        return c;
    }

    /** The member's login, as their rows name it. */
    String login(String who) {
        return login(project, who);
    }

    private static String login(String project, String who) {
        return project + "_" + who;
    }

    void setBlind(String on) throws SQLException {
        try (Connection lead = session("lena")) {
            lead.createStatement().execute("INSERT INTO settings VALUES ('blind_mode', '" + on + "') "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        }
    }

    /** A passage of the project's code in the member's own layer, coded in their session {@code c}: its id. */
    long codePassage(Connection c, String who, int start, int end) throws SQLException {
        return value(c, "INSERT INTO segments(document_id, start_offset, end_offset, code_id, coder_id, created) "
                + "VALUES (" + document + ", " + start + ", " + end + ", " + code + ", " + coderId(c, who)
                + ", 0) RETURNING id");
    }

    long coderId(Connection c, String who) throws SQLException {
        return value(c, "SELECT id FROM coders WHERE name = '" + login(who) + "'");
    }

    static long value(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
