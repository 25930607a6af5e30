package org.parallax.testutil;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a member to a team project with {@code team add-user} and lets the in-process command line log in as them:
 * the password goes into a password file named by pgjdbc's system property (PGPASSWORD cannot be set in-process).
 * Call {@link #forget()} after the test.
 */
public final class TeamMembers {
    private static final String PASSWORD_FILE_PROPERTY = "org.postgresql.pgpassfile";
    /** The bundled sample project the team tests publish. */
    static final Path SAMPLE = Path.of("samples", "nato-russia.parallax");

    private TeamMembers() {
    }

    /** Publishes a copy of the bundled sample (in {@code dir}) to a fresh project on the test server: the lead's URL. */
    public static String publishedSample(Path dir, String stem) throws Exception {
        Path file = Files.copy(SAMPLE, dir.resolve(stem + ".parallax"));
        String lead = TestServer.withProject(TestServer.freshDatabase(), TestServer.freshProjectName(stem));
        Cli publish = Cli.parallax("team", "publish", file, lead);
        if (publish.exit() != 0) {
            throw new IllegalStateException(publish.err());
        }
        return lead;
    }

    /** Makes the login {@code PROJECT_stem} a member with {@code role}; returns their URL. */
    public static String add(String leadUrl, String stem, String role, Path dir) throws Exception {
        String login = leadUrl.substring(leadUrl.indexOf("project=") + "project=".length()) + "_" + stem;
        String password = stem + " pass";
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
            Cli add = Cli.parallax("team", "add-user", leadUrl, login, "--role", role);
            if (add.exit() != 0) {
                throw new IllegalStateException(add.err());
            }
        } finally {
            System.setIn(stdin);
        }
        Path passwords = dir.resolve("pgpass");
        Files.writeString(passwords, "*:*:*:" + login + ":" + password + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        System.setProperty(PASSWORD_FILE_PROPERTY, passwords.toString());
        return TestServer.asLogin(leadUrl, login);
    }

    /**
     * The first column of every row a query returns to a member added as {@code stem}, asked in a plain SQL session
     * on the project's schema, as psql would ask it (bypassing Parallax).
     */
    public static List<String> firstColumn(String memberUrl, String stem, String query)
            throws SQLException {
        String project = memberUrl.substring(memberUrl.indexOf("project=") + "project=".length());
        List<String> values = new ArrayList<>();
        try (Connection c = TestServer.plainSession(memberUrl, login(memberUrl), stem + " pass")) {
            c.createStatement().execute("SET search_path TO " + project);
            try (ResultSet rs = c.createStatement().executeQuery(query)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    /** The login named in a member's URL. */
    public static String login(String memberUrl) {
        return TestServer.adminUser(memberUrl);
    }

    public static void forget() {
        System.clearProperty(PASSWORD_FILE_PROPERTY);
    }
}
