package org.parallax.store.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.parallax.store.ProjectStores;
import org.parallax.store.TeamUrl;
import org.parallax.testutil.TestServer;

/**
 * A new team project on the test server holding one document ("Speech", 100 characters) and one code ("Power"),
 * for the tests of this package that work below the workbench; {@link #admin} is a plain superuser session on it.
 */
record SpeechProject(TeamUrl url, String project, long document, long code) {
    static SpeechProject create(String stem) throws SQLException {
        String project = TestServer.freshProjectName(stem);
        TeamUrl url = TeamUrl.parse(TestServer.withProject(TestServer.freshDatabase(), project));
        ProjectStores.teamAdmin().init(url, null);
        try (Connection admin = admin(url, project)) {
            long document = value(admin, "INSERT INTO documents(title, type, content_hash, length, imported) "
                    + "VALUES ('Speech', 'speech', 'h1', 100, '2026-01-01') RETURNING id");
            admin.createStatement().execute("INSERT INTO document_texts VALUES (" + document + ", '"
                    + "x".repeat(100) + "')");
            long code = value(admin, "INSERT INTO codes(name) VALUES ('Power') RETURNING id");
            return new SpeechProject(url, project, document, code);
        }
    }

    Connection admin() throws SQLException {
        return admin(url, project);
    }

    private static Connection admin(TeamUrl url, String project) throws SQLException {
        String admin = url.toString();
        Connection c = TestServer.plainSession(admin, TestServer.adminUser(admin), null);
        c.createStatement().execute("SET search_path TO " + project);
        return c;
    }

    static long value(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
