package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/** `parallax team init` and `team add-user` as the database owner runs them, against a real server. */
@NeedsTestServer
class TeamCliTest {
    private static String database;
    private final InputStream stdin = System.in;

    @BeforeAll
    static void server() {
        database = TestServer.freshDatabase();
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    @Test
    void initThenAddUserGivesALoginThatSeesTheProject() throws Exception {
        String project = TestServer.freshProjectName("cli");
        String url = TestServer.withProject(database, project);
        Cli init = Cli.parallax("team", "init", url);
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.out()).contains("team project " + project + " ready", "schema version " + org.parallax.store.jdbc.Migrations.latest(),
                project + "_lead, " + project + "_coder, " + project + "_reader");

        String login = project + "_ann";
        System.setIn(new ByteArrayInputStream("s3cret pass\n".getBytes(StandardCharsets.UTF_8)));
        Cli add = Cli.parallax("team", "add-user", url, login, "--role", "coder");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains(login + " is now coder");

        try (Connection ann = TestServer.plainSession(database, login, "s3cret pass");
                ResultSet rs = ann.createStatement().executeQuery("SELECT name FROM " + project + ".coders")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(login);
        }

        // Made a reader: the same login can no longer write its passages' table, and has no coder row added.
        System.setIn(new ByteArrayInputStream("other\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Cli.parallax("team", "add-user", url, login, "--role", "reader").exit()).isZero();
        try (Connection ann = TestServer.plainSession(database, login, "other")) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ann.createStatement()
                    .execute("DELETE FROM " + project + ".segments"))).hasMessageContaining("permission denied");
        }
    }

    @Test
    void mistakesAreOneLineNamingTheProblem() {
        String project = TestServer.freshProjectName("none");
        String url = TestServer.withProject(database, project);

        System.setIn(new ByteArrayInputStream("pw\n".getBytes(StandardCharsets.UTF_8)));
        Cli notThere = Cli.parallax("team", "add-user", url, "someone", "--role", "coder");
        assertThat(notThere.exit()).isEqualTo(1);
        assertThat(notThere.err()).contains("no team project " + project, "team init").doesNotContain("Exception");

        Cli badRole = Cli.parallax("team", "add-user", url, "someone", "--role", "boss");
        assertThat(badRole.err()).contains("--role boss: use lead, coder or reader");

        System.setIn(new ByteArrayInputStream(new byte[0]));
        Cli noPassword = Cli.parallax("team", "add-user", url, "someone", "--role", "coder");
        assertThat(noPassword.err()).contains("give the new password on standard input");

        Cli passwordInUrl = Cli.parallax("team", "init", "postgresql://a:b@localhost/db?project=p");
        assertThat(passwordInUrl.err()).contains("password does not belong in the URL");

        Cli unreachable = Cli.parallax("team", "init", "postgresql://127.0.0.1:1/db?project=p");
        assertThat(unreachable.exit()).isEqualTo(1);
        assertThat(unreachable.err()).contains("cannot reach the server").doesNotContain("Exception");

        Cli noProject = Cli.parallax("team", "init", database);
        assertThat(noProject.err()).contains("name the project");
    }

    /**
     * Passwords with the characters a password manager makes, given as `printf '%s\n' "$PASS" | team add-user`:
     * each logs in exactly as given. A password that is not UTF-8 (a Latin-1 terminal's "café") used to be saved
     * with U+FFFD in place of the byte, and one over 1,024 bytes cut there, both reported "is now coder", so the
     * member could never log in with what they had been given; both are now refused and the login is unchanged.
     */
    @Test
    void aPasswordIsSavedExactlyAsGivenOrRefusedWithNothingChanged() throws Exception {
        String project = TestServer.freshProjectName("pw");
        String url = TestServer.withProject(database, project);
        assertThat(Cli.parallax("team", "init", url).exit()).isZero();
        String login = project + "_pia";
        String[] passwords = {"p:w\\d \"x' é;--#@/?&=%20", " spaced\tand tabbed ", "e\u0301t\u00e9 🔑 Ключ",
            "y".repeat(TeamCommand.AddUser.MAX_PASSWORD_BYTES)};
        for (String password : passwords) {
            Cli add = addUser(url, login, (password + "\r\n").getBytes(StandardCharsets.UTF_8));
            assertThat(add.exit()).as(add.err()).isZero();
            try (Connection pia = TestServer.plainSession(database, login, password)) {
                assertThat(pia.isValid(10)).isTrue();
            }
        }
        String current = passwords[passwords.length - 1];

        byte[] latin1 = "café\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tooLong = ("z".repeat(TeamCommand.AddUser.MAX_PASSWORD_BYTES + 1) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] endless = "w".repeat(5_000_000).getBytes(StandardCharsets.UTF_8);
        for (byte[] refused : new byte[][] {latin1, tooLong, endless}) {
            Cli add = addUser(url, login, refused);
            assertThat(add.exit()).isEqualTo(1);
            assertThat(add.out()).isEmpty();
            assertThat(add.err()).hasLineCount(1).contains("team add-user " + login, "nothing was changed")
                    .containsAnyOf("not UTF-8", "longer than 1024 bytes").doesNotContain("Exception");
            try (Connection pia = TestServer.plainSession(database, login, current)) {
                assertThat(pia.isValid(10)).isTrue();
            }
        }
        Cli newLogin = addUser(url, project + "_quin", latin1);
        assertThat(newLogin.exit()).isEqualTo(1);
        try (Connection admin = TestServer.plainSession(database, TestServer.adminUser(database), null);
                ResultSet rs = admin.createStatement().executeQuery(
                        "SELECT count(*) FROM pg_roles WHERE rolname = '" + project + "_quin'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("no login made with a refused password").isZero();
        }
    }

    private static Cli addUser(String url, String login, byte[] stdin) {
        System.setIn(new ByteArrayInputStream(stdin));
        return Cli.parallax("team", "add-user", url, login, "--role", "coder");
    }
}
