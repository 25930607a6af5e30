package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.DamagedRow;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.store.jdbc.Migrations;

/**
 * A project from before schema 11 (the fixture of schema 3) gets a checksum on every row of the researcher's work when
 * it is upgraded, and checks sound; a value changed afterwards without its checksum is named.
 */
class RowChecksumMigrationTest {
    private static final Path OLDER_SAMPLE = Path.of("src/test/resources/older/sample-schema-3.parallax");
    private static final List<String> TABLES = List.of("documents", "document_attributes", "frames", "scenarios",
            "codes", "code_expectations", "coders", "segments", "memos");

    @TempDir
    Path dir;

    @Test
    void anOlderProjectsRowsAllGetChecksumsOnUpgradeAndAChangedValueIsNamed() throws Exception {
        Path file = Files.copy(OLDER_SAMPLE, dir.resolve("older.parallax"));
        try (ProjectStore store = ProjectStores.open(new ProjectFile(file))) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest()).isGreaterThanOrEqualTo(11);
            assertThat(store.damagedRows()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            for (String table : TABLES) {
                try (var rs = st.executeQuery("SELECT count(*), count(row_crc) FROM " + table)) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).as(table).isPositive();
                    assertThat(rs.getInt(2)).as(table).isEqualTo(rs.getInt(1));
                }
            }
            // What a flipped bit does to a value, without touching its checksum.
            st.executeUpdate("UPDATE segments SET end_offset = end_offset + 16 WHERE id = 7");
        }
        try (ProjectStore store = ProjectStores.open(new ProjectFile(file))) {
            List<DamagedRow> damaged = store.damagedRows();
            assertThat(damaged).extracting(DamagedRow::table).containsExactly("segments");
            assertThat(damaged.get(0).number("id")).isEqualTo(7);
        }
    }
}
