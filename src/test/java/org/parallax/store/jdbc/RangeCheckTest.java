package org.parallax.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.DocumentMeta;
import org.parallax.model.Segment;
import org.parallax.store.sqlite.Database;

/** The aggregate that stands in for reading a batch back: it must accept the rows as stored and nothing else. */
class RangeCheckTest {
    private static final Instant CREATED = Instant.parse("2026-03-01T10:15:30.123Z");

    @Test
    void acceptsRowsStoredInInputOrderAndRefusesAnyOtherOrderKeyOrIdRange(@TempDir Path dir) throws Exception {
        try (Database db = Database.create(dir.resolve("p.parallax"))) {
            long doc = new JdbcDocumentStore(db).insert(DocumentMeta.titled("Long text"), "x".repeat(200_000), "h",
                    null).id();
            long other = new JdbcDocumentStore(db).insert(DocumentMeta.titled("Other"), "y".repeat(200_000), "h2",
                    null).id();
            long code = new JdbcCodebookStore(db).insertCode(new Code(0, null, null, null, "Power", "#ff7f0e", "", 0,
                    0), false).id();
            long coder = new JdbcCoderStore(db).ensure("anna").id();
            long before = new JdbcSegmentStore(db).insert(new Segment(0, doc, 0, 1, code, coder, null, CREATED)).id();
            List<Segment> rows = new ArrayList<>();
            for (int i = 1; i <= 70_000; i++) {
                // More rows than the first modulus, so positions wrap around in the sums.
                rows.add(new Segment(0, i % 3 == 0 ? other : doc, i, i + 1 + i % 5, code, coder, null, CREATED));
            }
            List<Segment> stored = rows;
            db.write(c -> {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO segments(document_id, start_offset, "
                        + "end_offset, code_id, coder_id, created) VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
                    for (Segment s : stored) {
                        st.setLong(1, s.documentId());
                        st.setInt(2, s.start());
                        st.setInt(3, s.end());
                        st.setLong(4, s.codeId());
                        st.setLong(5, s.coderId());
                        st.setString(6, s.created().toString());
                        st.addBatch();
                    }
                    st.executeBatch();
                }
                return null;
            });
            long count = db.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM segments")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(count).as("every row stored").isEqualTo(stored.size() + 1L);

            assertThat(holds(db, before, stored)).isTrue();
            List<Segment> swapped = new ArrayList<>(stored);
            swapped.set(100, stored.get(40_100));
            swapped.set(40_100, stored.get(100));
            assertThat(holds(db, before, swapped)).as("two rows swapped").isFalse();
            List<Segment> otherEnd = new ArrayList<>(stored);
            Segment s = stored.get(5);
            otherEnd.set(5, new Segment(0, s.documentId(), s.start(), s.end() + 1, s.codeId(), s.coderId(), null,
                    CREATED));
            assertThat(holds(db, before, otherEnd)).as("one end differs").isFalse();
            assertThat(holds(db, before, stored.subList(0, stored.size() - 1))).as("one row more stored").isFalse();
            assertThat(holds(db, before - 1, stored)).as("ids start elsewhere").isFalse();
        }
    }

    private static boolean holds(Database db, long before, List<Segment> ordered) {
        return db.read(c -> RangeCheck.holds(c, before, ordered));
    }
}
