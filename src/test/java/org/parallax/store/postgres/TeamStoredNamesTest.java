package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.store.DamagedRow;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.store.jdbc.Migrations;
import org.parallax.store.jdbc.RowChecks;
import org.parallax.testutil.NeedsTestServer;

/**
 * A team project at schema 11 whose coders table holds a name with a zero-width space beside the same name plain:
 * {@code team init} cleans it on the server as a project file's upgrade does, keeping the two coders apart as
 * "anna" and "anna (2)", each row's checksum right.
 */
@NeedsTestServer
class TeamStoredNamesTest {
    @Test
    void teamInitCleansTheStoredNamesAndKeepsTwoThatCleanAlikeApart() throws Exception {
        SpeechProject speech = SpeechProject.create("names");
        try (Connection admin = speech.admin(); var st = admin.createStatement()) {
            st.executeUpdate("INSERT INTO coders(name) VALUES ('anna\u200B'), ('anna'), ('Bo\u202E')");
            for (String name : List.of("anna\u200B", "anna", "Bo\u202E")) {
                RowChecks.sealCoder(admin, TeamNames.quote(speech.project()), name);
            }
            st.executeUpdate("ALTER TABLE documents DROP COLUMN words");
            st.executeUpdate("UPDATE schema_version SET version = 11");
        }

        ProjectStores.teamAdmin().init(speech.url(), null);

        List<String> coders = new ArrayList<>();
        try (Connection admin = speech.admin(); var st = admin.createStatement();
                var rs = st.executeQuery("SELECT name FROM coders ORDER BY id")) {
            while (rs.next()) {
                coders.add(rs.getString(1));
            }
        }
        assertThat(coders).containsExactly("anna (2)", "anna", "Bo");
        try (ProjectStore store = ProjectStores.open(speech.url(), null)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(store.damagedRows()).extracting(DamagedRow::table).doesNotContain("coders");
            assertThat(store.coders().find("Bo")).isPresent();
        }
    }
}
