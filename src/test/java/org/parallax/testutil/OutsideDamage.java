package org.parallax.testutil;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Changes rows of a project past Parallax, as a flipped bit or another tool changes them: statements run on the file,
 * or on a team project's schema as the test server's admin with its triggers and references left unchecked (a bit
 * flipped on the server's disk meets neither).
 */
public final class OutsideDamage {
    private OutsideDamage() {
    }

    /** Runs {@code sql} on the project at {@code location} (a file, or a team project's postgresql:// location). */
    public static void run(String location, String... sql) throws SQLException {
        boolean team = location.startsWith("postgresql://");
        try (Connection c = team ? TestServer.plainSession(location, TestServer.adminUser(location), null)
                : DriverManager.getConnection("jdbc:sqlite:" + location); var st = c.createStatement()) {
            if (team) {
                st.execute("SET search_path TO " + location.substring(location.indexOf("project=")
                        + "project=".length()));
                st.execute("SET session_replication_role = replica");
            }
            for (String statement : sql) {
                st.executeUpdate(statement);
            }
        }
    }
}
