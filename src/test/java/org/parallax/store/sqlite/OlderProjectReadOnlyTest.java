package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.StoreException;
import org.parallax.store.jdbc.JdbcSegmentStore;
import org.parallax.store.jdbc.Migrations;

/**
 * A project an older Parallax wrote, opened read-only (a colleague's file being merged, a check, a listing):
 * it reads at the current schema, the file itself stays byte for byte as it was, and the upgraded copy read
 * instead is gone once the project is closed.
 */
class OlderProjectReadOnlyTest {
    @TempDir
    Path dir;

    @Test
    void anOlderProjectOpenedReadOnlyIsReadFromAnUpgradedCopyAndLeftUnchanged() throws Exception {
        Path file = versionThreeProject(dir.resolve("theirs.parallax"));
        byte[] before = Files.readAllBytes(file);
        List<Path> copiesBefore = upgradedCopies();

        try (Database db = Database.openReadOnly(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest()).isGreaterThan(3);
            assertThat(new JdbcSegmentStore(db).get(9)).get().extracting(s -> s.start()).isEqualTo(4);
            assertThat(db.readOnlyReason()).contains("opened for reading only");
            assertThatThrownBy(() -> db.write(c -> c.createStatement().executeUpdate("DELETE FROM segments")))
                    .isInstanceOf(org.parallax.model.ReadOnlyProjectException.class);
            assertThat(upgradedCopies()).hasSize(copiesBefore.size() + 1);
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(upgradedCopies()).containsExactlyInAnyOrderElementsOf(copiesBefore);
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("theirs.parallax");
        }
        try (Database again = Database.openReadOnly(file)) {
            assertThat(new JdbcSegmentStore(again).get(9)).isPresent();
        }
    }

    @Test
    void anOlderProjectOpenedForWritingIsUpgradedInPlaceAsBefore() throws Exception {
        Path file = versionThreeProject(dir.resolve("mine.parallax"));
        try (Database db = Database.open(file)) {
            assertThat(db.readOnlyReason()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
                var rs = st.executeQuery("PRAGMA user_version")) {
            assertThat(rs.getInt(1)).isEqualTo(Migrations.latest());
        }
    }

    @Test
    void aDamagedOlderProjectIsCalledDamagedNotJustOlder() throws Exception {
        Path file = versionThreeProject(dir.resolve("theirs.parallax"));
        org.parallax.testutil.DamagedPages.zeroRootPage(file, "codes");

        for (boolean readOnly : new boolean[] {true, false}) {
            assertThatThrownBy(() -> (readOnly ? Database.openReadOnly(file) : Database.open(file)).close())
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("theirs.parallax: the file is damaged (SQLite's check found: ")
                    .hasMessageContaining("restore a backup: parallax restore " + file.toAbsolutePath())
                    .hasMessageNotContaining("needs an upgrade");
        }
    }

    private static List<Path> upgradedCopies() throws Exception {
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temp.filter(p -> p.getFileName().toString().startsWith("parallax-upgraded-")).toList();
        }
    }

    /** A project at schema 3 with a document, a code and a passage, as Parallax wrote it then. */
    private static Path versionThreeProject(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            OldSchema.build(c, "V1__initial.sql", "V2__saved_searches.sql", "V3__frame_guide.sql");
            st.executeUpdate("INSERT INTO frames(id, name, position) VALUES (1, 'Realism', 0)");
            st.executeUpdate("INSERT INTO codes(id, frame_id, name, shortcut, position) VALUES (5, 1, 'Balance', 1, 0)");
            st.executeUpdate("INSERT INTO documents(id, title, type, content_hash, length, imported) "
                    + "VALUES (3, 'Founding Act', 'TREATY', 'abc', 40, '2024-01-01T00:00:00Z')");
            st.executeUpdate("INSERT INTO coders(id, name) VALUES (2, 'analyst')");
            st.executeUpdate("INSERT INTO segments(id, document_id, start_offset, end_offset, code_id, coder_id, memo, "
                    + "created) VALUES (9, 3, 4, 20, 5, 2, NULL, '2024-01-02T10:00:00Z')");
        }
        return file;
    }
}
