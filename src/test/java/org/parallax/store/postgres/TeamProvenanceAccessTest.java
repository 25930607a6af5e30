package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.TeamRole;
import org.parallax.store.ProjectStores;
import org.parallax.store.TeamUrl;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * Where an assistant's passage came from (passage_provenance: its method, settings and confidence) had no row-level
 * security: a coder could overwrite or delete another coder's provenance with psql, and a coder in blind mode read the
 * provenance of every other coder's passages, which tells where they coded. It now follows its passage, as memos and
 * anchors do: readable with the passage, written by a coder only for passages of their own layer. Members log in with
 * plain JDBC sessions, as psql would, so the server alone decides.
 */
@NeedsTestServer
class TeamProvenanceAccessTest {
    private static String database;
    private static String project;
    private static long document;
    private static long code;
    private static long alices;
    private static long bobs;
    private static long bobsUnrecorded;

    @BeforeAll
    static void prepareProject() throws SQLException {
        database = TestServer.freshDatabase();
        project = TestServer.freshProjectName("provenance");
        TeamUrl url = TeamUrl.parse(TestServer.withProject(database, project));
        ProjectStores.teamAdmin().init(url, null);
        ProjectStores.teamAdmin().addUser(url, project + "_alice", TeamRole.CODER, "alice-pw".toCharArray(), null);
        ProjectStores.teamAdmin().addUser(url, project + "_bob", TeamRole.CODER, "bob-pw".toCharArray(), null);
        ProjectStores.teamAdmin().addUser(url, project + "_lena", TeamRole.LEAD, "lena-pw".toCharArray(), null);
        ProjectStores.teamAdmin().addUser(url, project + "_rita", TeamRole.READER, "rita-pw".toCharArray(), null);
        try (Connection lead = session("lena", "lena-pw")) {
            document = value(lead, "INSERT INTO documents(title, type, content_hash, length, imported) "
                    + "VALUES ('Speech', 'speech', 'h1', 100, '2026-01-01') RETURNING id");
            lead.createStatement().execute("INSERT INTO document_texts VALUES (" + document + ", '" + "x".repeat(100)
                    + "')");
            code = value(lead, "INSERT INTO codes(name) VALUES ('Power') RETURNING id");
        }
        try (Connection alice = session("alice", "alice-pw"); Connection bob = session("bob", "bob-pw")) {
            alices = codePassage(alice, "alice", 0, 10);
            record(alice, alices, "alice method");
            bobs = codePassage(bob, "bob", 20, 30);
            record(bob, bobs, "bob method");
            bobsUnrecorded = codePassage(bob, "bob", 40, 50);
        }
    }

    @Test
    void aCoderWritesProvenanceOnlyForTheirOwnPassages() throws SQLException {
        try (Connection alice = session("alice", "alice-pw")) {
            assertThat(alice.createStatement().executeUpdate("UPDATE passage_provenance SET method = 'forged' "
                    + "WHERE segment_id = " + bobs)).as("another coder's provenance changed").isZero();
            assertThat(alice.createStatement().executeUpdate("DELETE FROM passage_provenance WHERE segment_id = "
                    + bobs)).as("another coder's provenance deleted").isZero();
            assertThatThrownBy(() -> record(alice, bobsUnrecorded, "forged"))
                    .hasMessageContaining("row-level security");
            // Nor by moving a record of their own onto another coder's passage.
            assertThatThrownBy(() -> alice.createStatement().execute("UPDATE passage_provenance SET segment_id = "
                    + bobsUnrecorded + " WHERE segment_id = " + alices)).hasMessageContaining("row-level security");
            assertThat(alice.createStatement().executeUpdate("UPDATE passage_provenance SET confidence = 0.5 "
                    + "WHERE segment_id = " + alices)).as("their own").isEqualTo(1);
        }
        try (Connection lead = session("lena", "lena-pw")) {
            assertThat(text(lead, "SELECT method FROM passage_provenance WHERE segment_id = " + bobs))
                    .isEqualTo("bob method");
            assertThat(value(lead, "SELECT count(*) FROM passage_provenance WHERE segment_id = " + bobsUnrecorded))
                    .isZero();
            // A lead still writes any layer's.
            assertThat(lead.createStatement().executeUpdate("UPDATE passage_provenance SET created = created "
                    + "WHERE segment_id = " + bobs)).isEqualTo(1);
        }
    }

    @Test
    void inBlindModeACoderReadsOnlyTheProvenanceOfTheirOwnPassages() throws SQLException {
        setBlind("true");
        try (Connection alice = session("alice", "alice-pw"); Connection bob = session("bob", "bob-pw")) {
            assertThat(value(alice, "SELECT count(*) FROM passage_provenance")).isEqualTo(1);
            assertThat(value(alice, "SELECT segment_id FROM passage_provenance")).isEqualTo(alices);
            assertThat(value(bob, "SELECT segment_id FROM passage_provenance")).isEqualTo(bobs);
        } finally {
            setBlind("false");
        }
        try (Connection alice = session("alice", "alice-pw"); Connection lead = session("lena", "lena-pw");
             Connection reader = session("rita", "rita-pw")) {
            assertThat(value(alice, "SELECT count(*) FROM passage_provenance")).as("blind mode off").isEqualTo(2);
            assertThat(value(lead, "SELECT count(*) FROM passage_provenance")).isEqualTo(2);
            assertThat(value(reader, "SELECT count(*) FROM passage_provenance")).isEqualTo(2);
            assertThatThrownBy(() -> reader.createStatement().execute("DELETE FROM passage_provenance"))
                    .hasMessageContaining("permission denied");
        }
    }

    private static Connection session(String who, String password) throws SQLException {
        Connection c = TestServer.plainSession(database, project + "_" + who, password);
        c.createStatement().execute("SET search_path TO " + project);
        return c;
    }

    private static void setBlind(String on) throws SQLException {
        try (Connection lead = session("lena", "lena-pw")) {
            lead.createStatement().execute("INSERT INTO settings VALUES ('blind_mode', '" + on + "') "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        }
    }

    private static long codePassage(Connection c, String who, int start, int end) throws SQLException {
        return value(c, "INSERT INTO segments(document_id, start_offset, end_offset, code_id, coder_id, created) "
                + "VALUES (" + document + ", " + start + ", " + end + ", " + code + ", (SELECT id FROM coders WHERE "
                + "name = '" + project + "_" + who + "'), 0) RETURNING id");
    }

    private static void record(Connection c, long passage, String method) throws SQLException {
        c.createStatement().execute("INSERT INTO passage_provenance(segment_id, method, version, settings, confidence, "
                + "created) VALUES (" + passage + ", '" + method + "', '1', '', 0.9, '2026-01-01T00:00:00Z')");
    }

    private static long value(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
