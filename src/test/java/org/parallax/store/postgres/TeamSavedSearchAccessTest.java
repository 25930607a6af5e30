package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.store.postgres.PlainMembers.text;
import static org.parallax.store.postgres.PlainMembers.value;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.parallax.testutil.NeedsTestServer;

/**
 * A saved search is the team's to list and run and its saver's to change: Parallax refused a member's saving over or
 * deleting another member's search, but the server let any coder's psql replace or delete it. Members log in with
 * plain JDBC sessions, as psql would, so the server alone decides.
 */
@NeedsTestServer
class TeamSavedSearchAccessTest {
    @Test
    void aCoderChangesOrDeletesOnlyTheSearchesSavedUnderTheirOwnLogin() throws SQLException {
        PlainMembers team = PlainMembers.create("searchrules");
        try (Connection lead = team.session("lena"); Connection alice = team.session("alice");
             Connection bob = team.session("bob"); Connection reader = team.session("rita")) {
            save(lead, "threats", "'" + team.login("lena") + "'");
            save(lead, "old", "NULL");
            save(alice, "alices", "'" + team.login("alice") + "'");

            for (String name : new String[] {"threats", "old", "alices"}) {
                assertThat(bob.createStatement().executeUpdate("UPDATE saved_searches SET query = 'forged' "
                        + "WHERE name = '" + name + "'")).as("bob replaced the search " + name).isZero();
                assertThat(bob.createStatement().executeUpdate("DELETE FROM saved_searches WHERE name = '" + name
                        + "'")).as("bob deleted the search " + name).isZero();
            }
            assertThatThrownBy(() -> save(bob, "forged", "'" + team.login("alice") + "'"))
                    .hasMessageContaining("row-level security");
            save(bob, "bobs", "'" + team.login("bob") + "'");
            assertThatThrownBy(() -> bob.createStatement().execute("UPDATE saved_searches SET saved_by = '"
                    + team.login("alice") + "' WHERE name = 'bobs'")).hasMessageContaining("row-level security");
            assertThat(bob.createStatement().executeUpdate("UPDATE saved_searches SET query = 'treaty*' "
                    + "WHERE name = 'bobs'")).as("their own").isEqualTo(1);
            assertThat(value(reader, "SELECT count(*) FROM saved_searches")).as("the team's to list").isEqualTo(4);
            assertThatThrownBy(() -> reader.createStatement().execute("DELETE FROM saved_searches"))
                    .hasMessageContaining("permission denied");
            assertThat(bob.createStatement().executeUpdate("DELETE FROM saved_searches WHERE name = 'bobs'"))
                    .isEqualTo(1);

            assertThat(text(lead, "SELECT string_agg(name || '=' || query, ' ' ORDER BY name) FROM saved_searches"))
                    .isEqualTo("alices=alices query old=old query threats=threats query");
            // A lead manages every member's rows, as in every other table.
            assertThat(lead.createStatement().executeUpdate("DELETE FROM saved_searches WHERE name = 'alices'"))
                    .isEqualTo(1);
        }
    }

    private static void save(Connection c, String name, String savedBy) throws SQLException {
        c.createStatement().execute("INSERT INTO saved_searches(name, query, created, saved_by) VALUES ('" + name
                + "', '" + name + " query', '2026-01-01T00:00:00Z', " + savedBy + ")");
    }
}
