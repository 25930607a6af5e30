package org.parallax.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Another member's program, played by a plain JDBC session on a team project: its writes stay uncommitted until the
 * test commits them, and the test waits, on the server's own report, until Parallax's action waits for them, so the
 * order of two members' same-moment saves is exact.
 */
public final class HeldWrites {
    private HeldWrites() {
    }

    /** Opens the member's transaction as a member's program does; its writes stay uncommitted until commit. */
    public static void begin(Connection member) throws SQLException {
        member.setAutoCommit(false);
        try (Statement st = member.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
        }
    }

    /** Runs one statement in the member's open transaction. */
    public static void update(Connection member, String sql) throws SQLException {
        try (Statement st = member.createStatement()) {
            st.execute(sql);
        }
    }

    /** Waits until a session on the project waits for a lock in a statement like {@code query} (SQL LIKE). */
    public static void awaitWaitingForALock(String database, String project, String query) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (TestServer.count(database, project, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = "
                + "'Lock' AND query LIKE '" + query.replace("'", "''") + "'") == 0) {
            assertThat(System.nanoTime()).as("Parallax's action waits for the member's write").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
