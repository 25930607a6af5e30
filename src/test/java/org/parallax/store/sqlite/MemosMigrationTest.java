package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Memo;
import org.parallax.model.MemoKind;
import org.parallax.model.MemoTarget;
import org.parallax.store.jdbc.JdbcCodebookStore;
import org.parallax.store.jdbc.JdbcMemoStore;
import org.parallax.store.jdbc.JdbcSegmentStore;
import org.parallax.store.jdbc.Migrations;

class MemosMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionThreeProjectKeepsItsPassageMemosWithTheirCoderAsAuthor() throws Exception {
        Path file = dir.resolve("v3.parallax");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            OldSchema.build(c, "V1__initial.sql", "V2__saved_searches.sql", "V3__frame_guide.sql");
            st.executeUpdate("INSERT INTO frames(id, name, position) VALUES (1, 'Realism', 0)");
            st.executeUpdate("INSERT INTO codes(id, frame_id, name, shortcut, position) VALUES (5, 1, 'Balance', 1, 0)");
            st.executeUpdate("INSERT INTO documents(id, title, type, content_hash, length, imported) "
                    + "VALUES (3, 'Founding Act', 'TREATY', 'abc', 40, '2024-01-01T00:00:00Z')");
            st.executeUpdate("INSERT INTO coders(id, name) VALUES (2, 'analyst')");
            st.executeUpdate("INSERT INTO segments(id, document_id, start_offset, end_offset, code_id, coder_id, memo, "
                    + "created) VALUES (9, 3, 4, 20, 5, 2, 'power talk\nsecond line', '2024-01-02T10:00:00Z')");
            st.executeUpdate("INSERT INTO segments(id, document_id, start_offset, end_offset, code_id, coder_id, memo, "
                    + "created) VALUES (10, 3, 21, 30, 5, 2, NULL, '2024-01-02T10:00:00Z')");
            st.executeUpdate("INSERT INTO code_anchors(code_id, segment_id) VALUES (5, 9)");
            st.executeUpdate("INSERT INTO memos(document_id, title, text, created) "
                    + "VALUES (3, 'Context', 'Signed in Paris.', '2024-01-01T00:00:00Z')");
        }

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latest()).isGreaterThanOrEqualTo(4);
            assertThat(db.integrityCheck()).isEqualTo("ok");
            JdbcSegmentStore segments = new JdbcSegmentStore(db);
            assertThat(segments.get(9)).get().extracting(s -> s.memo()).isEqualTo("power talk\nsecond line");
            assertThat(segments.get(10)).get().extracting(s -> s.memo()).isNull();
            JdbcMemoStore memos = new JdbcMemoStore(db);
            Memo passage = memos.get(MemoTarget.passage(9)).orElseThrow();
            assertThat(passage.author()).isEqualTo("analyst");
            assertThat(passage.created()).isEqualTo(Instant.parse("2024-01-02T10:00:00Z"));
            assertThat(memos.get(MemoTarget.document(3))).get().extracting(Memo::text)
                    .isEqualTo("Context\nSigned in Paris.");
            assertThat(memos.all()).extracting(m -> m.target().kind())
                    .containsExactly(MemoKind.DOCUMENT, MemoKind.PASSAGE);
            assertThat(new JdbcCodebookStore(db).anchors()).containsKey(5L);

            segments.deleteAll(List.of(9L));
            assertThat(memos.get(MemoTarget.passage(9))).isEmpty();
        }
    }
}
