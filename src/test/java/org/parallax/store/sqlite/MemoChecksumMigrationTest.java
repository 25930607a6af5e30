package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ContentHash;
import org.parallax.model.Memo;
import org.parallax.store.jdbc.JdbcMemoStore;
import org.parallax.store.jdbc.Migrations;

/** Memos written before schema 8 get the checksum of their text when the project is upgraded, and check sound. */
class MemoChecksumMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionSevenProjectsMemosGetTheirChecksumsOnUpgrade() throws Exception {
        Path file = dir.resolve("v7.parallax");
        String journal = "Журнал: first reading 🙂\nsecond line";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            OldSchema.build(c, "V1__initial.sql", "V2__saved_searches.sql", "V3__frame_guide.sql", "V4__memos.sql",
                    "V5__process_tracing.sql", "V6__assistant.sql", "V7__versions.sql");
            st.executeUpdate("INSERT INTO documents(id, title, type, content_hash, length, imported) "
                    + "VALUES (3, 'Founding Act', 'TREATY', 'abc', 40, '2024-01-01T00:00:00Z')");
            try (var insert = c.prepareStatement("INSERT INTO memos(kind, document_id, text, created, modified) "
                    + "VALUES (?, ?, ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')")) {
                insert.setString(1, "project");
                insert.setObject(2, null);
                insert.setString(3, journal);
                insert.executeUpdate();
                insert.setString(1, "document");
                insert.setLong(2, 3);
                insert.setString(3, "Signed in Paris.");
                insert.executeUpdate();
            }
        }

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest()).isGreaterThanOrEqualTo(8);
            JdbcMemoStore memos = new JdbcMemoStore(db);
            assertThat(memos.all()).extracting(Memo::text).containsExactly(journal, "Signed in Paris.");
            assertThat(memos.notMatchingChecksum()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
             var rs = st.executeQuery("SELECT text_sha256 FROM memos WHERE kind = 'project'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(ContentHash.sha256Hex(journal));
        }
    }
}
