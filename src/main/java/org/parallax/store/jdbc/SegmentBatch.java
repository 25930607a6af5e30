package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Segment;

/**
 * Inserts many passages with the ids the database gives them: multi-row {@code INSERT … ON CONFLICT DO NOTHING
 * RETURNING} of up to {@value #ROWS} rows, one statement per chunk rather than one per row (per-row statements made
 * 200,000 passages take 4 s in SQLite and would cost a round trip each on a server). The returned rows carry their
 * natural key (document, span, code, coder), which tells which input each id belongs to and which inputs were
 * duplicates, whatever order the database returns them in.
 */
final class SegmentBatch {
    /** Rows per statement: 6 parameters each stays far below SQLite's 32,766 and PostgreSQL's 65,535. */
    static final int ROWS = 1000;
    private static final String INSERT = "INSERT INTO segments(document_id, start_offset, end_offset, code_id, "
            + "coder_id, created) VALUES ";
    private static final String RETURNING = " ON CONFLICT DO NOTHING RETURNING id, document_id, start_offset, "
            + "end_offset, code_id, coder_id";

    private record Key(long document, int start, int end, long code, long coder) {
        static Key of(Segment s) {
            return new Key(s.documentId(), s.start(), s.end(), s.codeId(), s.coderId());
        }
    }

    private SegmentBatch() {
    }

    /** Inserts {@code ordered} and returns the rows inserted, with ids, in the given order; duplicates are left out. */
    static List<Segment> insert(Connection c, List<Segment> ordered) throws SQLException {
        Map<Key, Long> ids = new HashMap<>(ordered.size() * 2);
        int whole = ordered.size() / ROWS * ROWS;
        if (whole > 0) {
            // One statement for every full chunk: SQLite compiles the 1,000-row statement once.
            try (PreparedStatement st = c.prepareStatement(statement(ROWS))) {
                for (int from = 0; from < whole; from += ROWS) {
                    run(st, ordered.subList(from, from + ROWS), ids);
                }
            }
        }
        if (whole < ordered.size()) {
            try (PreparedStatement st = c.prepareStatement(statement(ordered.size() - whole))) {
                run(st, ordered.subList(whole, ordered.size()), ids);
            }
        }
        List<Segment> inserted = new ArrayList<>(ids.size());
        for (Segment s : ordered) {
            // remove: of inputs with the same key, only the first was inserted.
            Long id = ids.remove(Key.of(s));
            if (id != null) {
                inserted.add(new Segment(id, s.documentId(), s.start(), s.end(), s.codeId(), s.coderId(), s.memo(),
                        s.created()));
            }
        }
        return inserted;
    }

    private static void run(PreparedStatement st, List<Segment> chunk, Map<Key, Long> ids) throws SQLException {
        int p = 1;
        // A batch's passages usually share one timestamp: format it once, not once per row.
        java.time.Instant lastInstant = null;
        String lastCreated = null;
        for (Segment s : chunk) {
            if (!s.created().equals(lastInstant)) {
                lastInstant = s.created();
                lastCreated = lastInstant.toString();
            }
            st.setLong(p++, s.documentId());
            st.setInt(p++, s.start());
            st.setInt(p++, s.end());
            st.setLong(p++, s.codeId());
            st.setLong(p++, s.coderId());
            st.setString(p++, lastCreated);
        }
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ids.put(new Key(rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getLong(5), rs.getLong(6)), rs.getLong(1));
            }
        }
    }

    private static String statement(int rows) {
        StringBuilder sql = new StringBuilder(INSERT.length() + RETURNING.length() + rows * 16).append(INSERT);
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "(?,?,?,?,?,?)" : ",(?,?,?,?,?,?)");
        }
        return sql.append(RETURNING).toString();
    }
}
