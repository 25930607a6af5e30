package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.store.jdbc.JdbcCodebookStore;
import org.parallax.store.jdbc.JdbcSegmentStore;
import org.parallax.store.jdbc.Migrations;
import org.parallax.store.jdbc.Sql;

class FrameGuideMigrationTest {
    @TempDir
    Path dir;

    @Test
    void versionTwoProjectGainsRulesAndAnchorsAndKeepsItsCodesAndPassages() throws Exception {
        Path file = dir.resolve("v2.parallax");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            OldSchema.build(c, "V1__initial.sql", "V2__saved_searches.sql");
            st.executeUpdate("INSERT INTO frames(id, name, position) VALUES (1, 'Realism', 0)");
            st.executeUpdate("INSERT INTO codes(id, frame_id, name, definition, shortcut, position) "
                    + "VALUES (5, 1, 'Balance of power', 'Weighs power.', 1, 0)");
            st.executeUpdate("INSERT INTO documents(id, title, type, content_hash, length, imported) "
                    + "VALUES (3, 'Founding Act', 'TREATY', 'abc', 40, '2024-01-01T00:00:00Z')");
            st.executeUpdate("INSERT INTO coders(id, name) VALUES (2, 'analyst')");
            st.executeUpdate("INSERT INTO segments(id, document_id, start_offset, end_offset, code_id, coder_id, created) "
                    + "VALUES (9, 3, 4, 20, 5, 2, '2024-01-01T00:00:00Z')");
            st.executeUpdate("INSERT INTO saved_searches(name, query, created) VALUES ('q', 'NATO', '2024-01-01')");
        }

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest()).isGreaterThanOrEqualTo(3);
            JdbcCodebookStore store = new JdbcCodebookStore(db);
            Code balance = store.load().codeNamed("Balance of power").orElseThrow();
            assertThat(balance.definition()).isEqualTo("Weighs power.");
            assertThat(balance.shortcut()).isEqualTo(1);
            assertThat(balance.inclusion()).isNull();
            assertThat(new JdbcSegmentStore(db).get(9)).hasValueSatisfying(s -> assertThat(s.end()).isEqualTo(20));
            String query = db.read(c -> Sql.one(c, "SELECT query FROM saved_searches", rs -> rs.getString(1))
                    .orElseThrow());
            assertThat(query).isEqualTo("NATO");

            store.updateCode(balance.withRules("Sides weigh strength.", "Mere threat talk."));
            store.addAnchor(5, 9);
            store.addAnchor(5, 9);
            assertThat(store.anchors()).isEqualTo(Map.of(5L, List.of(9L)));
            assertThat(store.load().code(5).orElseThrow().inclusion()).isEqualTo("Sides weigh strength.");

            // A caller that builds the code without rules must not erase them.
            store.updateCode(new Code(5, null, 1L, null, "Balance of power", null, "Weighs power.", 1, 0));
            assertThat(store.load().code(5).orElseThrow().exclusion()).isEqualTo("Mere threat talk.");

            new JdbcSegmentStore(db).deleteAll(List.of(9L));
            assertThat(store.anchors()).isEmpty();
        }
    }
}
