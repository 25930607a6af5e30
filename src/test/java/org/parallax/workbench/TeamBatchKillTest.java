package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Segment;
import org.parallax.model.TeamRole;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * A client killed with SIGKILL in the middle of a 10,000-passage batch on a team project leaves none of the batch
 * on the server: the batch is one transaction. "In the middle" is made certain, not left to timing: the test holds
 * an uncommitted passage with the same key as the batch's 7,501st, so the child's insert waits on the server after
 * the 7,500 before it went in (the batch is copied to a temporary table and moved by one statement, in input
 * order), and the child is killed while it waits. A batch committed in pieces would leave those 7,500 behind. The
 * same child run to the end stores exactly 10,000.
 */
@NeedsTestServer
class TeamBatchKillTest {
    private static final int BLOCKED_AT = 7_500;

    @TempDir
    Path dir;

    @Test
    void aClientKilledInTheMiddleOfABatchLeavesAllOrNothing() throws Exception {
        String database = TestServer.freshDatabase();
        String project = TestServer.freshProjectName("kill");
        Path sample = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("sample.parallax"));
        String url = TestServer.withProject(database, project);
        assertThat(Cli.parallax("team", "publish", sample, url).exit()).isZero();
        String login = project + "_kim";
        Team.addUser(url, null, login, TeamRole.CODER, "kim-pw".toCharArray(), null);
        String kimUrl = url.replace(TestServer.adminUser(url) + "@", login + "@");

        Segment blocker;
        try (Workbench kim = Workbench.open(kimUrl, "kim-pw"::toCharArray)) {
            List<Segment> drafts = TeamBatchChild.drafts(kim);
            assertThat(drafts).hasSize(TeamBatchChild.PASSAGES);
            blocker = drafts.get(BLOCKED_AT);
        }
        long before = passages(database, project, login);
        assertThat(before).isZero();

        try (Connection admin = TestServer.plainSession(database, TestServer.adminUser(database), null);
                Connection observer = TestServer.plainSession(database, TestServer.adminUser(database), null)) {
            admin.setAutoCommit(false);
            try (PreparedStatement st = admin.prepareStatement("INSERT INTO " + project + ".segments(document_id, "
                    + "start_offset, end_offset, code_id, coder_id, created) VALUES (?,?,?,?,?,?)")) {
                st.setLong(1, blocker.documentId());
                st.setInt(2, blocker.start());
                st.setInt(3, blocker.end());
                st.setLong(4, blocker.codeId());
                st.setLong(5, blocker.coderId());
                // The time as a passage's column holds it: nanoseconds since 1970 (ADR 0033).
                st.setLong(6, blocker.created().getEpochSecond() * 1_000_000_000L + blocker.created().getNano());
                st.executeUpdate();
            }
            Process child = start(kimUrl, "killed");
            try {
                // Observed from a session of its own: inside a transaction pg_stat_activity stays as first read.
                waitUntilBlocked(observer, login, child);
                child.destroyForcibly(); // SIGKILL on Linux and macOS
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                child.destroyForcibly();
                admin.rollback();
            }
            waitUntilGone(observer, login);
        }
        assertThat(passages(database, project, login)).as("a batch killed after 7,500 of its passages went in")
                .isZero();

        Process whole = start(kimUrl, "whole");
        assertThat(whole.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(whole.exitValue()).as(Files.readString(dir.resolve("whole-err.txt"))).isZero();
        assertThat(Files.readString(dir.resolve("whole-out.txt")).strip()).isEqualTo("batch " + TeamBatchChild.PASSAGES);
        assertThat(passages(database, project, login)).isEqualTo(TeamBatchChild.PASSAGES);
    }

    private Process start(String url, String name) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), TeamBatchChild.class.getName(), url)
                .redirectError(dir.resolve(name + "-err.txt").toFile())
                .redirectOutput(dir.resolve(name + "-out.txt").toFile());
        builder.environment().put("PGPASSWORD", "kim-pw");
        return builder.start();
    }

    /** Waits until the child's session holds an open transaction that waits on the test's lock. */
    private void waitUntilBlocked(Connection admin, String login, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try (PreparedStatement st = admin.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE usename = ? "
                + "AND wait_event_type = 'Lock' AND backend_xid IS NOT NULL")) {
            st.setString(1, login);
            while (true) {
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                if (!child.isAlive()) {
                    fail("the child ended before its batch reached passage " + BLOCKED_AT + ": "
                            + Files.readString(dir.resolve("killed-err.txt")));
                }
                if (System.nanoTime() > deadline) {
                    fail("the child's batch never waited on passage " + BLOCKED_AT + ": " + sessions(admin, login)
                            + Files.readString(dir.resolve("killed-err.txt")));
                }
                Thread.sleep(20);
            }
        }
    }

    private static String sessions(Connection admin, String login) throws Exception {
        StringBuilder out = new StringBuilder();
        try (PreparedStatement st = admin.prepareStatement("SELECT state, wait_event_type, wait_event, backend_xid, "
                + "left(query, 80) FROM pg_stat_activity WHERE usename = ?")) {
            st.setString(1, login);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    for (int i = 1; i <= 5; i++) {
                        out.append(rs.getString(i)).append(" | ");
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Waits until the server has ended the killed client's session (and so rolled back its transaction). */
    private static void waitUntilGone(Connection admin, String login) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (PreparedStatement st = admin.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE usename = ?")) {
            st.setString(1, login);
            while (true) {
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    fail("the server kept the killed client's session");
                }
                Thread.sleep(50);
            }
        }
    }

    private static long passages(String database, String project, String login) throws Exception {
        try (Connection admin = TestServer.plainSession(database, TestServer.adminUser(database), null);
                ResultSet rs = admin.createStatement().executeQuery("SELECT count(*) FROM " + project + ".segments s "
                        + "JOIN " + project + ".coders c ON c.id = s.coder_id WHERE c.name = '" + login + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
