package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Segment;
import org.parallax.model.TeamRole;
import org.parallax.testutil.MatrixCells;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * A batch of passages larger than one statement's worth on a team server goes in by COPY through a temporary table
 * (docs/team.md): coded by a coder in blind mode, so row-level security checks every row, with passages repeated
 * inside the batch and passages already stored. Each passage the client reports saved is on the server under the
 * id the client was given, nothing else is, and undo takes the batch back whole. Where the database's owner has
 * revoked the right to make temporary tables, the same batch goes in by statements with the same outcome.
 */
@NeedsTestServer
class TeamBatchTest {
    private static final int NEW = 2_500;
    private static final int STORED_BEFORE = 40;
    private static final int REPEATED = 300;

    @TempDir
    Path dir;

    @Test
    void aLargeBatchByACoderInBlindModeStoresEachNewPassageOnceUnderItsId() throws Exception {
        String database = TestServer.freshDatabase();
        String project = TestServer.freshProjectName("batch");
        checkBatch(database, project, false);
    }

    @Test
    void withoutTheRightToMakeTemporaryTablesTheBatchGoesInByStatements() throws Exception {
        String database = TestServer.freshDatabase();
        try (Connection admin = TestServer.plainSession(database, TestServer.adminUser(database), null);
                Statement st = admin.createStatement()) {
            st.execute("REVOKE TEMPORARY ON DATABASE " + database.substring(database.lastIndexOf('/') + 1)
                    + " FROM PUBLIC");
        }
        checkBatch(database, TestServer.freshProjectName("batchnotemp"), true);
    }

    private void checkBatch(String database, String project, boolean tempRevoked) throws Exception {
        String url = TestServer.publishSample(dir, database, project);
        String login = project + "_cody";
        Team.addUser(url, null, login, TeamRole.CODER, "cody-pw".toCharArray(), null);
        try (Workbench lead = Workbench.open(url, null)) {
            lead.setBlindMode(true);
        }
        String codyUrl = url.replace(TestServer.adminUser(url) + "@", login + "@");
        try (Workbench cody = Workbench.open(codyUrl, "cody-pw"::toCharArray)) {
            assertThat(cody.coding().segments()).as("blind mode: a new coder sees no passage").isEmpty();
            List<Segment> distinct = TeamBatchChild.drafts(cody).subList(0, NEW + STORED_BEFORE);
            List<Segment> storedBefore = cody.coding().codeAll(distinct.subList(0, STORED_BEFORE), "first");
            assertThat(storedBefore).hasSize(STORED_BEFORE);

            List<Segment> batch = new ArrayList<>(distinct);
            batch.addAll(distinct.subList(STORED_BEFORE, STORED_BEFORE + REPEATED));
            List<Segment> saved = cody.coding().codeAll(batch, "batch");

            assertThat(saved).hasSize(NEW);
            assertThat(saved).extracting(SegmentKey::of).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(distinct.subList(STORED_BEFORE, distinct.size()).stream()
                            .map(SegmentKey::of).toList());
            Map<Long, SegmentKey> onServer = passages(database, project, login);
            Map<Long, SegmentKey> reported = new HashMap<>();
            storedBefore.forEach(s -> reported.put(s.id(), SegmentKey.of(s)));
            saved.forEach(s -> reported.put(s.id(), SegmentKey.of(s)));
            assertThat(onServer).as("every passage on the server under the id its client reported, and no other")
                    .isEqualTo(reported);
            assertThat(cody.coding().segments()).hasSize(NEW + STORED_BEFORE);
            try (Workbench recount = Workbench.open(codyUrl, "cody-pw"::toCharArray)) {
                assertThat(MatrixCells.of(cody.analysis().table1())).isEqualTo(MatrixCells.of(recount.analysis().table1()));
            }

            cody.history().undo();
            assertThat(passages(database, project, login).keySet()).as("undo takes the whole batch back")
                    .containsExactlyInAnyOrderElementsOf(storedBefore.stream().map(Segment::id).toList());
        }
        if (tempRevoked) {
            try (Connection plain = TestServer.plainSession(database, login, "cody-pw");
                    Statement st = plain.createStatement()) {
                assertThat(st.executeQuery("SELECT has_database_privilege(current_database(), 'TEMPORARY')"))
                        .satisfies(rs -> {
                            rs.next();
                            assertThat(rs.getBoolean(1)).as("the coder may not make temporary tables").isFalse();
                        });
            }
        }
    }

    private record SegmentKey(long document, int start, int end, long code, long coder) {
        static SegmentKey of(Segment s) {
            return new SegmentKey(s.documentId(), s.start(), s.end(), s.codeId(), s.coderId());
        }
    }

    /** The login's passages as the server holds them, by id, read by the admin past row-level security. */
    private static Map<Long, SegmentKey> passages(String database, String project, String login) throws Exception {
        Map<Long, SegmentKey> out = new HashMap<>();
        try (Connection admin = TestServer.plainSession(database, TestServer.adminUser(database), null);
                Statement st = admin.createStatement();
                ResultSet rs = st.executeQuery("SELECT s.id, s.document_id, s.start_offset, s.end_offset, s.code_id, "
                        + "s.coder_id FROM " + project + ".segments s JOIN " + project + ".coders c ON c.id = s.coder_id "
                        + "WHERE c.name = '" + login + "'")) {
            while (rs.next()) {
                out.put(rs.getLong(1), new SegmentKey(rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getLong(5),
                        rs.getLong(6)));
            }
        }
        return out;
    }
}
