package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.store.postgres.PlainMembers.value;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.testutil.NeedsTestServer;

/**
 * The suggestions the assistant was told were wrong (assistant_rejections) named no coder and had no row-level
 * security: any coder's psql deleted or changed the others' rejections, and a coder in blind mode read every other
 * coder's. Each row is now its coder's, as a passage is: written and deleted by that coder (or a lead), read by the
 * others only when blind mode is off. Members log in with plain JDBC sessions, as psql would, so the server alone
 * decides.
 */
@NeedsTestServer
class TeamRejectionsAccessTest {
    private static PlainMembers team;

    @BeforeAll
    static void prepareProject() throws SQLException {
        team = PlainMembers.create("rejections");
        try (Connection alice = team.session("alice"); Connection bob = team.session("bob")) {
            reject(alice, team.coderId(alice, "alice"), 0, 10);
            reject(bob, team.coderId(bob, "bob"), 20, 30);
        }
    }

    @Test
    void aCoderCannotDeleteChangeOrForgeAnotherCodersRejection() throws SQLException {
        try (Connection alice = team.session("alice")) {
            long bob = team.coderId(alice, "bob");
            assertThat(alice.createStatement().executeUpdate("DELETE FROM assistant_rejections WHERE coder_id = "
                    + bob)).as("another coder's rejection deleted").isZero();
            assertThat(alice.createStatement().executeUpdate("UPDATE assistant_rejections SET end_offset = 31 "
                    + "WHERE coder_id = " + bob)).as("another coder's rejection changed").isZero();
            assertThatThrownBy(() -> reject(alice, bob, 40, 50)).hasMessageContaining("row-level security");
            // Nor by handing a rejection of their own to another coder.
            assertThatThrownBy(() -> alice.createStatement().execute("UPDATE assistant_rejections SET coder_id = "
                    + bob + " WHERE coder_id = " + team.coderId(alice, "alice")))
                    .hasMessageContaining("row-level security");
            reject(alice, team.coderId(alice, "alice"), 60, 70);
            assertThat(alice.createStatement().executeUpdate("DELETE FROM assistant_rejections WHERE start_offset = 60"))
                    .as("their own").isEqualTo(1);
        }
        try (Connection lead = team.session("lena")) {
            assertThat(value(lead, "SELECT count(*) FROM assistant_rejections WHERE coder_id = "
                    + team.coderId(lead, "bob"))).isEqualTo(1);
            assertThat(lead.createStatement().executeUpdate("UPDATE assistant_rejections SET created = created "
                    + "WHERE coder_id = " + team.coderId(lead, "bob"))).as("a lead writes any coder's").isEqualTo(1);
        }
    }

    @Test
    void inBlindModeACoderReadsOnlyTheirOwnRejections() throws SQLException {
        team.setBlind("true");
        try (Connection alice = team.session("alice"); Connection bob = team.session("bob")) {
            assertThat(value(alice, "SELECT count(*) FROM assistant_rejections")).isEqualTo(1);
            assertThat(value(alice, "SELECT start_offset FROM assistant_rejections")).isZero();
            assertThat(value(bob, "SELECT start_offset FROM assistant_rejections")).isEqualTo(20);
        } finally {
            team.setBlind("false");
        }
        try (Connection alice = team.session("alice"); Connection reader = team.session("rita")) {
            assertThat(value(alice, "SELECT count(*) FROM assistant_rejections")).as("blind mode off").isEqualTo(2);
            assertThat(value(reader, "SELECT count(*) FROM assistant_rejections")).isEqualTo(2);
            assertThatThrownBy(() -> reader.createStatement().execute("DELETE FROM assistant_rejections"))
                    .hasMessageContaining("permission denied");
        }
    }

    private static void reject(Connection c, long coder, int start, int end) throws SQLException {
        c.createStatement().execute("INSERT INTO assistant_rejections(document_id, coder_id, start_offset, end_offset, "
                + "code_id, created) VALUES (" + team.document() + ", " + coder + ", " + start + ", " + end + ", "
                + team.code() + ", '2026-01-01T00:00:00Z')");
    }
}
