package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.store.postgres.PlainMembers.text;
import static org.parallax.store.postgres.PlainMembers.value;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.testutil.NeedsTestServer;

/**
 * Where an assistant's passage came from (passage_provenance: its method, settings and confidence) had no row-level
 * security: a coder could overwrite or delete another coder's provenance with psql, and a coder in blind mode read the
 * provenance of every other coder's passages, which tells where they coded. It now follows its passage, as memos and
 * anchors do: readable with the passage, written by a coder only for passages of their own layer. Members log in with
 * plain JDBC sessions, as psql would, so the server alone decides.
 */
@NeedsTestServer
class TeamProvenanceAccessTest {
    private static PlainMembers team;
    private static long alices;
    private static long bobs;
    private static long bobsUnrecorded;

    @BeforeAll
    static void prepareProject() throws SQLException {
        team = PlainMembers.create("provenance");
        try (Connection alice = team.session("alice"); Connection bob = team.session("bob")) {
            alices = team.codePassage(alice, "alice", 0, 10);
            record(alice, alices, "alice method");
            bobs = team.codePassage(bob, "bob", 20, 30);
            record(bob, bobs, "bob method");
            bobsUnrecorded = team.codePassage(bob, "bob", 40, 50);
        }
    }

    @Test
    void aCoderWritesProvenanceOnlyForTheirOwnPassages() throws SQLException {
        try (Connection alice = team.session("alice")) {
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
        try (Connection lead = team.session("lena")) {
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
        team.setBlind("true");
        try (Connection alice = team.session("alice"); Connection bob = team.session("bob")) {
            assertThat(value(alice, "SELECT count(*) FROM passage_provenance")).isEqualTo(1);
            assertThat(value(alice, "SELECT segment_id FROM passage_provenance")).isEqualTo(alices);
            assertThat(value(bob, "SELECT segment_id FROM passage_provenance")).isEqualTo(bobs);
        } finally {
            team.setBlind("false");
        }
        try (Connection alice = team.session("alice"); Connection lead = team.session("lena");
             Connection reader = team.session("rita")) {
            assertThat(value(alice, "SELECT count(*) FROM passage_provenance")).as("blind mode off").isEqualTo(2);
            assertThat(value(lead, "SELECT count(*) FROM passage_provenance")).isEqualTo(2);
            assertThat(value(reader, "SELECT count(*) FROM passage_provenance")).isEqualTo(2);
            assertThatThrownBy(() -> reader.createStatement().execute("DELETE FROM passage_provenance"))
                    .hasMessageContaining("permission denied");
        }
    }

    private static void record(Connection c, long passage, String method) throws SQLException {
        c.createStatement().execute("INSERT INTO passage_provenance(segment_id, method, version, settings, confidence, "
                + "created) VALUES (" + passage + ", '" + method + "', '1', '', 0.9, '2026-01-01T00:00:00Z')");
    }
}
