package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Coder;
import org.parallax.model.ContentHash;
import org.parallax.store.DamagedRow;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.store.jdbc.Migrations;
import org.parallax.testutil.Cli;
import org.parallax.workbench.Workbench;

/**
 * A project an older Parallax (or another tool) wrote with names holding direction marks, zero-width spaces, a
 * soft hyphen or a tab: the upgrade cleans them in the file itself, so what is shown is what is saved, the check
 * finds nothing, and the coder is found by the name a person types. A name whose cleaned form another row already
 * has is kept apart as "name (2)"; a row damaged before the upgrade keeps its name and is still named by the check.
 */
class StoredNamesMigrationTest {
    private static final String TEXT = "Partnership for Peace was discussed at length.";

    @TempDir
    Path dir;

    @Test
    void anOlderProjectsNamesAreCleanedInTheFileWithTheirChecksumsAndTheCoderIsFoundByItsPlainName()
            throws Exception {
        Path file = olderProject();

        try (Workbench wb = Workbench.open(file)) {
            Coder coder = wb.setActiveCoder("anna");
            assertThat(coder.id()).isEqualTo(2);
            assertThat(wb.coders()).extracting(Coder::name).containsExactly("anna");
        }

        assertThat(names(file, "SELECT id, title FROM documents")).containsExactly(entry(3, "reportfdp"));
        assertThat(names(file, "SELECT id, name FROM frames")).containsExactly(entry(1, "Realism"));
        assertThat(names(file, "SELECT id, name FROM scenarios")).containsExactly(entry(1, "Crisis"));
        assertThat(names(file, "SELECT id, name FROM codes")).containsExactly(entry(5, "Power"), entry(6, "Trust"),
                entry(10, "Crisis"));
        assertThat(names(file, "SELECT id, name FROM coders")).containsExactly(entry(2, "anna"));
        assertThat(names(file, "SELECT document_id, name || '=' || value FROM document_attributes"))
                .containsExactly(entry(3, "Venue=Kremlin"));
        Cli check = Cli.parallax("check", file);
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("no problems found");
    }

    @Test
    void namesThatCleanToOneAnotherAreKeptApartVisiblyAndNoneIsMerged() throws Exception {
        Path file = olderProject("INSERT INTO frames(id, name, position) VALUES (2, 'Realism', 1)",
                "INSERT INTO codes(id, frame_id, name, position) VALUES (7, 1, 'Power', 2)",
                "INSERT INTO codes(id, frame_id, name, position) VALUES (8, 1, ' Power', 3)",
                "INSERT INTO codes(id, frame_id, name, position) VALUES (9, 1, 'Power (2)', 4)",
                "INSERT INTO codes(id, frame_id, name, position) VALUES (11, 1, 'Crisis', 5)",
                // A second code of the scenario, as only another tool would make one.
                "INSERT INTO codes(id, scenario_id, name, position) VALUES (12, 1, 'Crisis\u200B', 6)",
                "INSERT INTO coders(id, name) VALUES (4, 'anna')",
                "INSERT INTO document_attributes(document_id, name, value) VALUES (3, 'Venue', 'Moscow')");

        try (ProjectStore store = ProjectStores.open(new ProjectFile(file))) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(store.damagedRows()).isEmpty();
        }

        assertThat(names(file, "SELECT id, name FROM frames")).containsExactly(entry(1, "Realism (2)"),
                entry(2, "Realism"));
        // The clean "Power" and "Power (2)" keep their names; the two that clean to "Power" take the next free ones.
        assertThat(names(file, "SELECT id, name FROM codes")).containsExactly(entry(5, "Power (3)"),
                entry(6, "Trust"), entry(7, "Power"), entry(8, "Power (4)"), entry(9, "Power (2)"),
                entry(10, "Crisis (2)"), entry(11, "Crisis"), entry(12, "Crisis (3)"));
        // A scenario's code keeps its scenario's name: both step aside for the indicator code "Crisis".
        assertThat(names(file, "SELECT id, name FROM scenarios")).containsExactly(entry(1, "Crisis (2)"));
        assertThat(names(file, "SELECT id, name FROM coders")).containsExactly(entry(2, "anna (2)"),
                entry(4, "anna"));
        assertThat(names(file, "SELECT document_id, name || '=' || value FROM document_attributes ORDER BY name"))
                .containsExactly(entry(3, "Venue=Moscow"), entry(3, "Venue (2)=Kremlin"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
                var rs = st.executeQuery("SELECT count(*) FROM segments WHERE coder_id = 2")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).as("the passages of the coder kept apart").isEqualTo(1);
        }
    }

    @Test
    void aRowDamagedBeforeTheUpgradeKeepsItsNameAndIsStillNamedByTheCheck() throws Exception {
        Path file = olderProject();
        try (ProjectStore store = ProjectStores.open(new ProjectFile(file))) {
            assertThat(store.damagedRows()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            // A changed name without its checksum, in a file an older Parallax still reads as schema 11.
            st.executeUpdate("UPDATE codes SET name = 'Tr\u200Bust' WHERE id = 6");
            st.executeUpdate("ALTER TABLE documents DROP COLUMN words");
            // Its passage's time is already the integer of schema 14, which an upgrade from 11 reads as a text.
            st.executeUpdate("DELETE FROM segments");
            st.executeUpdate("PRAGMA user_version = 11");
        }

        try (ProjectStore store = ProjectStores.open(new ProjectFile(file))) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(store.damagedRows()).extracting(DamagedRow::table, r -> r.number("id"))
                    .containsExactly(tuple("codes", 6L));
        }
        assertThat(names(file, "SELECT id, name FROM codes")).containsExactly(entry(5, "Power"),
                entry(6, "Tr\u200Bust"), entry(10, "Crisis"));
    }

    /** A file at schema 10, before row checksums, holding names as another tool wrote them, plus {@code more}. */
    private Path olderProject(String... more) throws Exception {
        Path file = dir.resolve("older.parallax");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            OldSchema.build(c, Migrations.scripts().subList(0, 10).toArray(String[]::new));
            st.executeUpdate("INSERT INTO frames(id, name, position) VALUES (1, 'Real\u200Bism', 0)");
            st.executeUpdate("INSERT INTO scenarios(id, name, position) VALUES (1, 'Crisis\t', 0)");
            st.executeUpdate("INSERT INTO codes(id, frame_id, name, position) VALUES (5, 1, '\u2066Power\u2069', 0)");
            st.executeUpdate("INSERT INTO codes(id, frame_id, name, position) VALUES (6, 1, 'Tru\u00ADst', 1)");
            st.executeUpdate("INSERT INTO codes(id, scenario_id, name, position) VALUES (10, 1, 'Crisis\t', 2)");
            st.executeUpdate("INSERT INTO documents(id, title, type, content_hash, length, imported) VALUES (3, "
                    + "'report\u202Efdp', 'OTHER', '" + ContentHash.sha256Hex(TEXT) + "', " + TEXT.length()
                    + ", '2024-01-01T00:00:00Z')");
            st.executeUpdate("INSERT INTO document_texts(document_id, text) VALUES (3, '" + TEXT + "')");
            st.executeUpdate("INSERT INTO document_attributes(document_id, name, value) VALUES (3, 'Venue\uFEFF', "
                    + "'Kremlin')");
            st.executeUpdate("INSERT INTO coders(id, name) VALUES (2, 'anna\u200B')");
            st.executeUpdate("INSERT INTO segments(id, document_id, start_offset, end_offset, code_id, coder_id, "
                    + "created) VALUES (9, 3, 0, 11, 5, 2, '2024-01-02T10:00:00Z')");
            for (String statement : more) {
                st.executeUpdate(statement);
            }
        }
        return file;
    }

    private static Map.Entry<Long, String> entry(long key, String name) {
        return Map.entry(key, name);
    }

    /** The rows {@code sql} reads (a key and a name), in its order or else by key. */
    private static List<Map.Entry<Long, String>> names(Path file, String sql) throws Exception {
        List<Map.Entry<Long, String>> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
                var rs = st.executeQuery(sql.contains("ORDER BY") ? sql : sql + " ORDER BY 1")) {
            while (rs.next()) {
                out.add(Map.entry(rs.getLong(1), rs.getString(2)));
            }
        }
        return out;
    }
}
