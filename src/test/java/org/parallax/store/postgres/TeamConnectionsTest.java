package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.parallax.store.TeamUrl;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * A session cut off in the middle of a command (a `team pull` while the server was stopped said only "This
 * connection has been closed.") is named as such, with what to do, whatever the driver's words.
 */
@NeedsTestServer
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
}
