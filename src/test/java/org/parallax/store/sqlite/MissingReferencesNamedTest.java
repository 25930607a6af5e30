package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `check` names a row that refers to one not in the file as the researcher knows both, for every table the schema gives
 * a foreign key: a rejected suggestion whose coder was gone read "row 1 of table assistant_rejections refers to a
 * coder", the table's name only, as did an expectation of Table 1 and the evidence tables.
 */
class MissingReferencesNamedTest {
    @TempDir
    Path dir;

    @Test
    void everyTableAForeignKeyLeavesOrReachesIsNamed() throws SQLException {
        Path file = dir.resolve("p.parallax");
        Database.create(file).close();
        TreeSet<String> tables = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String table : strings(c, "SELECT name FROM sqlite_master WHERE type = 'table'")) {
                for (String parent : strings(c, "SELECT \"table\" FROM pragma_foreign_key_list('" + table + "')")) {
                    tables.add(table);
                    tables.add(parent);
                }
            }
        }

        assertThat(tables).contains("assistant_rejections", "segments", "coders", "evidence_passages");
        assertThat(tables).allSatisfy(t -> assertThat(MissingReferences.named(t)).as(t).isTrue());
    }

    @Test
    void aRejectedSuggestionWhoseCoderIsGoneIsNamedAsOne() throws SQLException {
        Path file = dir.resolve("p.parallax");
        Database.create(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.execute("INSERT INTO assistant_rejections(document_id, coder_id, start_offset, end_offset, code_id, "
                    + "created) VALUES (1, 7, 0, 5, 1, '2026-01-01T00:00:00Z')");

            assertThat(MissingReferences.find(c)).contains("row 1 of table assistant_rejections (a suggestion a "
                    + "coder rejected) refers to a coder that is not in the file (its id was changed by damage, or "
                    + "its row was lost)").hasSize(3);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
