package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.model.TeamRole;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * A passage's document, code and coder are checked by the server once per statement (schema 10,
 * docs/decisions/0013): a batch naming something another member deleted stores nothing and says why; a document or
 * code deleted while a batch holds it takes the batch's passages with it or is refused and run again, whichever
 * commits first; never a passage left pointing at nothing. Plain JDBC sessions play the members where the order
 * of events has to be exact.
 */
@NeedsTestServer
class TeamPassageReferencesTest {
    /** Orphans: passages whose document, code or coder is gone (what the foreign keys used to rule out). */
    private static final String ORPHANS = "SELECT count(*) FROM segments s WHERE NOT EXISTS (SELECT 1 FROM documents d "
            + "WHERE d.id = s.document_id) OR NOT EXISTS (SELECT 1 FROM codes c WHERE c.id = s.code_id) "
            + "OR NOT EXISTS (SELECT 1 FROM coders k WHERE k.id = s.coder_id)";

    @TempDir
    Path dir;
    private String database;
    private String project;
    private String url;

    @BeforeEach
    void publish() throws Exception {
        database = TestServer.freshDatabase();
        project = TestServer.freshProjectName("refs");
        url = TestServer.publishSample(dir, database, project);
    }

    @Test
    void aBatchNamingACodeAnotherMemberDeletedStoresNothingAndSaysWhy() throws Exception {
        String login = project + "_cody";
        Team.addUser(url, null, login, TeamRole.CODER, "cody-pw".toCharArray(), null);
        try (Workbench lead = Workbench.open(url, null);
                Workbench cody = Workbench.open(TestServer.asLogin(url, login), "cody-pw"::toCharArray)) {
            List<Segment> drafts = TeamBatchChild.drafts(cody).subList(0, 2_500);
            Code doomed = cody.codebook().current().codes().stream()
                    .filter(c -> c.frameId() != null && c.id() != drafts.get(0).codeId()).findFirst().orElseThrow();
            lead.codebook().deleteCode(doomed.id());
            int seenBefore = cody.coding().segments().size();
            // One bad row among thousands (the COPY path), and in a batch small enough to go in by statements.
            for (List<Segment> batch : List.of(withCode(drafts, 1_700, doomed.id()),
                    withCode(drafts.subList(0, 300), 150, doomed.id()))) {
                assertThatThrownBy(() -> cody.coding().codeAll(batch, "batch"))
                        .isInstanceOf(ParallaxException.class)
                        .hasMessageContaining("the server refused this change")
                        .hasMessageContaining("code_id")
                        .hasMessageContaining("nothing was changed")
                        .hasMessageNotContaining("PL/pgSQL");
                assertThat(count("SELECT count(*) FROM segments s JOIN coders c ON c.id = s.coder_id "
                        + "WHERE c.name = '" + login + "'")).as("nothing of the batch is stored").isZero();
            }
            assertThat(cody.coding().segments()).hasSize(seenBefore);
            assertThat(cody.coding().codeAll(drafts, "batch")).as("the same batch without the bad row").hasSize(2_500);
        }
        assertThat(count(ORPHANS)).isZero();
    }

    @Test
    void aDocumentDeletedWhileABatchHoldsItTakesTheBatchsPassagesWithIt() throws Exception {
        long document = count("SELECT min(id) FROM documents");
        try (Connection batch = session(); Connection deleter = session()) {
            batch.setAutoCommit(false);
            batch.createStatement().execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
            insertPassages(batch, document, 1_500);
            // The batch now holds the document: the delete (READ COMMITTED, as psql runs it) waits for it.
            CompletableFuture<Integer> deleted = CompletableFuture.supplyAsync(() -> {
                try (Statement st = deleter.createStatement()) {
                    return st.executeUpdate("DELETE FROM documents WHERE id = " + document);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitWaitingForALock();
            assertThat(deleted).isNotDone();
            batch.commit();
            assertThat(deleted.get(60, TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(count("SELECT count(*) FROM segments WHERE document_id = " + document))
                .as("the delete, run after the batch committed, took the batch's passages too").isZero();
        assertThat(count(ORPHANS)).isZero();
    }

    @Test
    void aSerializableDeleteThatCouldNotSeeTheBatchIsRefusedAndItsRetryTakesThePassages() throws Exception {
        long document = count("SELECT min(id) FROM documents");
        try (Connection batch = session(); Connection deleter = session()) {
            deleter.setAutoCommit(false);
            deleter.createStatement().execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
            // The deleter's snapshot is taken before the batch commits, so its cascade cannot see the batch's rows.
            assertThat(count(deleter, "SELECT count(*) FROM documents")).isPositive();
            batch.setAutoCommit(false);
            batch.createStatement().execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
            insertPassages(batch, document, 1_500);
            batch.commit();
            assertThatThrownBy(() -> {
                deleter.createStatement().executeUpdate("DELETE FROM documents WHERE id = " + document);
                deleter.commit();
            }).isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("40001"));
            deleter.rollback();
            // Run again, as Parallax runs a transaction that failed to serialize: now it sees and takes them.
            deleter.createStatement().execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
            assertThat(deleter.createStatement().executeUpdate("DELETE FROM documents WHERE id = " + document))
                    .isEqualTo(1);
            deleter.commit();
        }
        assertThat(count("SELECT count(*) FROM segments WHERE document_id = " + document)).isZero();
        assertThat(count(ORPHANS)).isZero();
    }

    @Test
    void aCoderWithPassagesAndTheTablesPassagesNameCannotBeRemovedUnderThem() throws Exception {
        long document = count("SELECT min(id) FROM documents");
        try (Connection c = session()) {
            insertPassages(c, document, 10);
            // The test's own coder: nothing but its passages refers to it.
            long coder = count(c, "SELECT id FROM coders WHERE name = 'bulk'");
            assertThatThrownBy(() -> c.createStatement().execute("DELETE FROM coders WHERE id = " + coder))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23503"));
            assertThatThrownBy(() -> c.createStatement().execute("UPDATE coders SET id = id + 100000 WHERE id = "
                    + coder))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23503"));
            assertThatThrownBy(() -> c.createStatement().execute("TRUNCATE documents CASCADE"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23503"));
            assertThatThrownBy(() -> c.createStatement().execute("INSERT INTO segments(document_id, start_offset, "
                    + "end_offset, code_id, coder_id, created) VALUES (" + document + ", 0, 1, 987654, " + coder
                    + ", 0)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23503"));
            c.setAutoCommit(false);
            c.createStatement().execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            assertThatThrownBy(() -> c.createStatement().execute("DELETE FROM documents WHERE id = " + document))
                    .as("under REPEATABLE READ a delete could miss passages stored meanwhile: refused")
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("0A000"));
            c.rollback();
        }
        assertThat(count("SELECT count(*) FROM segments s JOIN coders c ON c.id = s.coder_id WHERE c.name = 'bulk' "
                + "AND s.document_id = " + document)).isEqualTo(10);
        assertThat(count(ORPHANS)).isZero();
    }

    private static List<Segment> withCode(List<Segment> drafts, int at, long code) {
        List<Segment> batch = new ArrayList<>(drafts);
        Segment s = batch.get(at);
        batch.set(at, new Segment(0, s.documentId(), s.start(), s.end(), code, s.coderId(), null, s.created()));
        return batch;
    }

    /** {@code n} passages of one document by the admin's coder, one statement (the batch's shape). */
    private static void insertPassages(Connection c, long document, int n) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO coders(name) SELECT 'bulk' WHERE NOT EXISTS (SELECT 1 FROM coders "
                    + "WHERE name = 'bulk')");
            st.executeUpdate("INSERT INTO segments(document_id, start_offset, end_offset, code_id, coder_id, created) "
                    + "SELECT " + document + ", g, g + 1, (SELECT min(id) FROM codes), (SELECT id FROM coders WHERE "
                    + "name = 'bulk'), 0 FROM generate_series(50000, 50000 + " + (n - 1) + ") g");
        }
    }

    /** Waits, on the server's own report, until a session of this test waits for a row lock. */
    private void awaitWaitingForALock() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE "
                + "'DELETE FROM documents%'") == 0) {
            assertThat(System.nanoTime()).as("the delete waits for the batch's lock").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private Connection session() throws SQLException {
        return TestServer.projectSession(database, project);
    }

    private long count(String sql) throws SQLException {
        return TestServer.count(database, project, sql);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
