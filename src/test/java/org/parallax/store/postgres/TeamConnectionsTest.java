package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parallax.store.StoreException;
import org.parallax.store.TeamUrl;
import org.parallax.testutil.OwnTestServer;
import org.parallax.testutil.TestServer;

/**
 * A session cut off in the middle of a command (a `team pull` while the server was stopped said only "This
 * connection has been closed.") is named as such, with what to do, whatever the driver's words.
 */
@OwnTestServer
class TeamConnectionsTest {
    @Test
    void aSessionEndedByTheServerOrClosedUnderACommandIsCalledLostMidway() throws Exception {
        TeamUrl url = TeamUrl.parse(TestServer.withProject(TestServer.freshDatabase(), "cut_off"));
        try (Connection victim = TeamConnections.open(url, null);
                Connection admin = TestServer.plainSession(url.toString(), TestServer.adminUser(url.toString()), null)) {
            int pid = victim.unwrap(org.postgresql.PGConnection.class).getBackendPID();
            admin.createStatement().execute("SELECT pg_terminate_backend(" + pid + ")");
            SQLException terminated = catchThrowableOfType(SQLException.class,
                    () -> victim.createStatement().execute("SELECT 1"));
            assertThat(TeamConnections.reason(terminated)).as(terminated.getSQLState() + " " + terminated.getMessage())
                    .startsWith("the connection to the server was lost midway").contains("run the command again");
            SQLException closed = catchThrowableOfType(SQLException.class,
                    () -> victim.createStatement().execute("SELECT 1"));
            assertThat(TeamConnections.reason(closed)).as(closed.getSQLState() + " " + closed.getMessage())
                    .startsWith("the connection to the server was lost midway");
        }
    }

    /**
     * A server whose kernel accepts the connection but which never answers (its postmaster stopped, as a hung server
     * or a cut link behind a proxy): the login waited for ever, since the driver's connect timeout bounds only the
     * TCP handshake, and a window reconnecting held its session (and its one background thread) with it. Now the
     * login gives up and says the server cannot be reached. The 120 s bound only stops a test that would hang.
     */
    @Test
    void aServerThatNeverAnswersTheLoginIsCalledUnreachableRatherThanWaitedForForEver() throws Exception {
        TeamUrl url = TeamUrl.parse(TestServer.withProject(TestServer.freshDatabase(), "paused"));
        TestServer.pause();
        try {
            CompletableFuture<Throwable> login = CompletableFuture.supplyAsync(
                    () -> catchThrowable(() -> TeamConnections.open(url, null).close()));
            assertThat(login.get(120, TimeUnit.SECONDS)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("cannot reach the server").satisfies(e -> assertThat(e.getMessage())
                            .hasLineCount(1));
        } finally {
            TestServer.resume();
        }
    }

    /** A login at its connection limit (SQLSTATE 53300) hears that in words, not "FATAL: too many connections …". */
    @Test
    void aLoginAtItsConnectionLimitIsToldWhatToDoInOneLine() throws Exception {
        TeamUrl url = TeamUrl.parse(TestServer.withProject(TestServer.freshDatabase(), "limited"));
        String login = TestServer.freshProjectName("limited");
        try (Connection admin = TestServer.plainSession(url.toString(), TestServer.adminUser(url.toString()), null);
                Statement st = admin.createStatement()) {
            st.execute("CREATE ROLE " + login + " LOGIN PASSWORD 'limited-pw' CONNECTION LIMIT 1");
            try (Connection first = TeamConnections.connect(url, login, "limited-pw".toCharArray())) {
                StoreException refused = catchThrowableOfType(StoreException.class,
                        () -> TeamConnections.connect(url, login, "limited-pw".toCharArray()).close());
                assertThat(refused.getMessage()).hasLineCount(1).contains("no connection left",
                        "try again once other sessions have closed").doesNotContain("FATAL");
            } finally {
                st.execute("DROP ROLE " + login);
            }
        }
    }
}
