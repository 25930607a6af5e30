package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * A lead merges a colleague's project file into the team project while another program stores, at that moment, one of
 * the file's passages: the merge, waiting for that passage, fails to serialize and runs again. The try run again must
 * start from nothing: kept from the failed try, the code that try had created (rolled back) was reported as created
 * a second time, the passages were counted twice as already present, and redo put the rolled-back code back beside
 * the real one. A plain JDBC session plays the other program, so the order of events is exact.
 */
@NeedsTestServer
class TeamMergeRunAgainTest {
    private static final String NEW_CODE = "Arms control talks";
    private static final String BOBS_PASSAGE = "SELECT coalesce(max(s.id), 0) FROM segments s JOIN coders c "
            + "ON c.id = s.coder_id WHERE c.name = 'bob'";
    @TempDir
    Path dir;
    private String database;
    private String project;
    private String url;

    @BeforeEach
    void publish() throws Exception {
        database = TestServer.freshDatabase();
        project = TestServer.freshProjectName("mergeagain");
        url = TestServer.publishSample(dir, database, project);
    }

    @Test
    void aMergeRunAgainReportsAndUndoesOnlyWhatItsLastTryDid() throws Exception {
        Path theirs = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("bob.parallax"));
        int theirPassages;
        try (Workbench bob = Workbench.open(theirs)) {
            long document = bob.documents().list().get(0).id();
            Code code = bob.codebook().addCode(NEW_CODE, null, null, null, "talks on arms control");
            bob.coding().code(document, 0, 12, bob.codebook().code("Balance of power").id(), "bob", null);
            bob.coding().code(document, 20, 40, code.id(), "bob", null);
            theirPassages = bob.coding().segments().size();
        }
        execute("INSERT INTO coders(name) VALUES ('bob')");
        try (Workbench lead = Workbench.open(url, null); Connection other = session()) {
            long document = lead.documents().list().get(0).id();
            other.setAutoCommit(false);
            try (Statement st = other.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
                st.executeUpdate("INSERT INTO segments(document_id, start_offset, end_offset, code_id, coder_id, "
                        + "created) SELECT " + document + ", 0, 12, (SELECT id FROM codes WHERE name = 'Balance of "
                        + "power'), id, 1796000000000000000 FROM coders WHERE name = 'bob'");
            }

            CompletableFuture<MergeReport> merge = CompletableFuture.supplyAsync(
                    () -> lead.merging().mergeProject(theirs));
            awaitWaitingForALock("%INSERT INTO segments%");
            other.commit();
            MergeReport report = merge.get(60, TimeUnit.SECONDS);

            assertThat(report.passagesAdded()).isEqualTo(1);
            assertThat(report.alreadyPresent()).as("passages already present")
                    .isEqualTo(theirPassages - 1);
            assertThat(report.codesCreated()).as("codes created by the merge").containsExactly(NEW_CODE);

            lead.history().undo();
            assertThat(count("SELECT count(*) FROM codes WHERE name = '" + NEW_CODE + "'")).isZero();
            assertThat(bobsPassages()).isEqualTo(1);
            lead.history().redo();
        }
        assertThat(count("SELECT count(*) FROM codes WHERE name = '" + NEW_CODE + "'")).isEqualTo(1);
        assertThat(bobsPassages()).isEqualTo(2);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = session(); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    /**
     * ann writes a memo on a merged passage the moment the merge commits, before the lead's program has read what the
     * merge left (held here by a lock on the memos until ann's memo is in): her memo was taken for one the merge brought,
     * and the lead's undo deleted it with the passage. What the merge left is read in its own transaction.
     */
    @Test
    void aMemoWrittenAsTheMergeCommitsIsNotTakenForTheMerges() throws Exception {
        Path theirs = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("bob.parallax"));
        try (Workbench bob = Workbench.open(theirs)) {
            long document = bob.documents().list().get(0).id();
            bob.coding().code(document, 20, 40, bob.codebook().code("Balance of power").id(), "bob", null);
        }
        try (Workbench lead = Workbench.open(url, null); Connection ann = session()) {
            ann.setAutoCommit(false);
            try (Statement st = ann.createStatement()) {
                st.execute("LOCK TABLE memos IN ACCESS EXCLUSIVE MODE");
            }
            CompletableFuture<MergeReport> merge = CompletableFuture.supplyAsync(
                    () -> lead.merging().mergeProject(theirs));
            long passage = awaitBobsPassageOrTheMergeWaiting();
            if (passage == 0) {
                // The merge reads its memos before it commits: ann can write only once it has.
                ann.commit();
                merge.get(60, TimeUnit.SECONDS);
                passage = count(BOBS_PASSAGE);
            }
            try (Statement st = ann.createStatement()) {
                st.executeUpdate("INSERT INTO coders(name) VALUES ('ann')");
                st.executeUpdate("INSERT INTO memos(kind, segment_id, text, text_sha256, author_id, created, modified) "
                        + "SELECT 'passage', " + passage + ", 'ann''s reading', encode(sha256(convert_to('ann''s "
                        + "reading', 'UTF8')), 'hex'), id, '2026-12-06T08:00:00Z', '2026-12-06T08:00:00Z' FROM coders "
                        + "WHERE name = 'ann'");
            }
            ann.commit();
            assertThat(merge.get(60, TimeUnit.SECONDS).passagesAdded()).isEqualTo(1);

            assertThatThrownBy(() -> lead.history().undo()).isInstanceOf(ParallaxException.class)
                    .hasMessageContaining("Passage " + passage + " gained a memo by ann since the merge");
        }
        assertThat(count("SELECT count(*) FROM memos WHERE text = 'ann''s reading'")).isEqualTo(1);
    }

    /**
     * bob's merged passage once the merge committed while waiting for the memos, or 0 when the merge waits for them
     * before committing.
     */
    private long awaitBobsPassageOrTheMergeWaiting() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            long passage = count(BOBS_PASSAGE);
            if (passage > 0) {
                return passage;
            }
            if (count("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE "
                    + "'%memos%'") > 0 && count(BOBS_PASSAGE) == 0) {
                return 0;
            }
            assertThat(System.nanoTime()).as("the merge commits or waits").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private long bobsPassages() throws SQLException {
        return count("SELECT count(*) FROM segments s JOIN coders c ON c.id = s.coder_id WHERE c.name = 'bob'");
    }

    /** Waits, on the server's own report, until a session of this test waits for a lock in {@code query}. */
    private void awaitWaitingForALock(String query) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '"
                + query + "'") == 0) {
            assertThat(System.nanoTime()).as("the merge waits for the other program's passage").isLessThan(deadline);
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
