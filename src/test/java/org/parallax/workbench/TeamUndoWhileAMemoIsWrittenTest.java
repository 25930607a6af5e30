package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * Undo of coding on a team server checks that nobody wrote on the passage since, then deletes it: a memo another
 * member was writing on it at that moment (its insert not yet committed when the undo read the passage) made the
 * undo's delete wait and then fail to serialize; run again, the undo skipped its check and deleted the memo with
 * the passage. A plain JDBC session plays the other member, so the order of events is exact.
 */
@NeedsTestServer
class TeamUndoWhileAMemoIsWrittenTest {
    @TempDir
    Path dir;
    private String database;
    private String project;
    private String url;

    @BeforeEach
    void publish() throws Exception {
        database = TestServer.freshDatabase();
        project = TestServer.freshProjectName("undomemo");
        url = TestServer.publishSample(dir, database, project);
    }

    @Test
    void undoingACodingWhileAnotherMemberWritesAMemoOnItIsRefusedAndKeepsTheMemo() throws Exception {
        try (Workbench lead = Workbench.open(url, null); Connection member = session()) {
            long document = lead.documents().list().get(0).id();
            Segment passage = lead.coding().code(document, 0, 12,
                    lead.codebook().code("Balance of power").id(), null);
            member.setAutoCommit(false);
            writeMemo(member, passage.id(), "ann's reading, written while the lead pressed Ctrl+Z");

            CompletableFuture<Void> undo = CompletableFuture.runAsync(() -> lead.history().undo());
            awaitWaitingForALock("DELETE FROM segments%");
            member.commit();

            assertThatThrownBy(() -> undo.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("Passage " + passage.id() + " gained a memo by ann since it was coded");
            assertThat(lead.coding().segments()).extracting(Segment::id).contains(passage.id());
            assertThat(lead.memos().memo(MemoTarget.passage(passage.id()))).get()
                    .satisfies(m -> assertThat(m.text()).isEqualTo(
                            "ann's reading, written while the lead pressed Ctrl+Z"));
        }
        assertThat(count("SELECT count(*) FROM memos WHERE text LIKE 'ann''s reading, written while%'")).isEqualTo(1);
    }

    @Test
    void redoingARemovalWhileAnotherMemberWritesAMemoOnThePassageIsRefusedAndKeepsTheMemo() throws Exception {
        try (Workbench lead = Workbench.open(url, null); Connection member = session()) {
            long document = lead.documents().list().get(0).id();
            Segment passage = lead.coding().code(document, 0, 12,
                    lead.codebook().code("Balance of power").id(), null);
            lead.coding().uncode(passage.id());
            lead.history().undo();
            member.setAutoCommit(false);
            writeMemo(member, passage.id(), "ann's reading of the passage put back");

            CompletableFuture<Void> redo = CompletableFuture.runAsync(() -> lead.history().redo());
            awaitWaitingForALock("DELETE FROM segments%");
            member.commit();

            assertThatThrownBy(() -> redo.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("Passage " + passage.id() + " gained a memo by ann since undo put it back");
            assertThat(lead.memos().memo(MemoTarget.passage(passage.id()))).get()
                    .satisfies(m -> assertThat(m.text()).isEqualTo("ann's reading of the passage put back"));
        }
        assertThat(count("SELECT count(*) FROM memos WHERE text = 'ann''s reading of the passage put back'"))
                .isEqualTo(1);
    }

    /** A memo by coder ann on the passage, in the session's open transaction, as a member's program writes it. */
    private static void writeMemo(Connection member, long passage, String text) throws SQLException {
        try (Statement st = member.createStatement()) {
            st.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
            st.executeUpdate("INSERT INTO coders(name) SELECT 'ann' WHERE NOT EXISTS (SELECT 1 FROM coders "
                    + "WHERE name = 'ann')");
            st.executeUpdate("INSERT INTO memos(kind, segment_id, text, text_sha256, author_id, created, modified) "
                    + "SELECT 'passage', " + passage + ", '" + text.replace("'", "''") + "', encode(sha256("
                    + "convert_to('" + text.replace("'", "''") + "', 'UTF8')), 'hex'), id, "
                    + "'2026-12-06T08:00:00Z', '2026-12-06T08:00:00Z' FROM coders WHERE name = 'ann'");
        }
    }

    /** Waits, on the server's own report, until a session of this test waits for a row lock in {@code query}. */
    private void awaitWaitingForALock(String query) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '"
                + query + "'") == 0) {
            assertThat(System.nanoTime()).as("the undo waits for the member's lock").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private Connection session() throws SQLException {
        return TestServer.projectSession(database, project);
    }

    private long count(String sql) throws SQLException {
        return TestServer.count(database, project, sql);
    }
}
