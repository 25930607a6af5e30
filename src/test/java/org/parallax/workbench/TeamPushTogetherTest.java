package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.MemoTarget;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.SampleTeamProjects;
import org.parallax.testutil.TestServer;

/**
 * Two pushes from one copy at the same time (a second terminal, a script run twice): the second to reach the server
 * finds what the first sent there, and its record of the copy was changed by the first.
 */
@NeedsTestServer
class TeamPushTogetherTest {
    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();

    /** The advisory lock the held push waits for inside its transaction. */
    private static final int GATE = 73013;

    @TempDir
    Path dir;

    @Test
    void aPushThatFindsEverythingSentByAnotherPushFromTheSameCopySaysSoPlainly() throws Exception {
        OfflineMember cora = OfflineMember.coder(team, "together");
        long first;
        try (Workbench online = Workbench.open(cora.url(), cora.password())) {
            first = online.documents().list().stream().mapToLong(Document::id).min().orElseThrow();
            online.memos().set(MemoTarget.document(first), "cora's note, as pulled");
        }
        Path copy = cora.pull(dir);
        try (Workbench offline = Workbench.open(copy)) {
            offline.memos().set(MemoTarget.document(first), "cora's note, rewritten offline");
        }
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (Connection admin = TestServer.plainSession(cora.leadUrl(), TestServer.adminUser(cora.leadUrl()), null);
                var st = admin.createStatement()) {
            String schema = cora.url().substring(cora.url().indexOf("project=") + "project=".length());
            st.execute("CREATE TABLE " + schema + ".gate(closed boolean)");
            st.execute("GRANT SELECT ON " + schema + ".gate TO PUBLIC");
            st.execute("INSERT INTO " + schema + ".gate VALUES (true)");
            st.execute("CREATE FUNCTION " + schema + ".gate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF EXISTS (SELECT 1 FROM " + schema + ".gate) THEN PERFORM pg_advisory_xact_lock_shared("
                    + GATE + "); END IF; RETURN NULL; END $$");
            st.execute("CREATE TRIGGER gate BEFORE INSERT OR UPDATE ON " + schema + ".memos FOR EACH STATEMENT EXECUTE FUNCTION "
                    + schema + ".gate()");
            st.execute("SELECT pg_advisory_lock(" + GATE + ")");
            // The held push has read the copy and is sending its memo when the other starts.
            Future<PushReport> held = second.submit(() -> cora.push(copy));
            waitForAPushAtTheGate(st);
            st.execute("DELETE FROM " + schema + ".gate");
            PushReport other = cora.push(copy);
            assertThat(other.memosSent()).isOne();
            st.execute("SELECT pg_advisory_unlock(" + GATE + ")");

            PushReport late = held.get(60, TimeUnit.SECONDS);

            assertThat(late.memosSent()).isZero();
            assertThat(late.memosPresent()).isOne();
            assertThat(late.notRecorded()).as("nothing of this push is left to record").isEmpty();
            assertThat(late.summary()).hasSize(2);
            assertThat(late.summary().get(0)).startsWith("0 passages sent").endsWith("0 memos sent (1 already there)");
            assertThat(late.summary().get(1)).isEqualTo("nothing new to send: another push from cora.parallax at the "
                    + "same time sent it, and records it in the copy");
        } finally {
            second.shutdownNow();
        }
        PushReport after = cora.push(copy);
        assertThat(after.memosSent() + after.passagesSent()).isZero();
        assertThat(after.conflicts()).isEmpty();
        assertThat(cora.memoOnServer(MemoTarget.document(first))).isEqualTo("cora's note, rewritten offline");
    }

    private static void waitForAPushAtTheGate(java.sql.Statement admin) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (var rs = admin.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = "
                    + GATE + " AND NOT granted")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the first push never reached the server");
    }
}
