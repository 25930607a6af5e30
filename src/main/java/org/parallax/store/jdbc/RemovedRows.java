package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.ParallaxException;
import org.parallax.store.RemovedDocuments;

/**
 * Documents removed with every row that pointed at them, copied column by column as stored (ids, versions, dates,
 * authors, checksums), so that putting them back leaves the project as it was before the removal. Rows are read in
 * the transaction that deletes them; they go back in the order below, each table after those it points at.
 */
final class RemovedRows implements RemovedDocuments {
    /** Parameters per statement, far below SQLite's and PostgreSQL's limits. */
    private static final int IDS_PER_QUERY = 400;
    private static final String OF_DOCUMENTS = "document_id IN (%s)";
    private static final String OF_PASSAGES = "segment_id IN (SELECT id FROM segments WHERE document_id IN (%s))";

    private final List<Long> ids;
    /** Table name to its columns and rows, in the order they are put back. */
    private final Map<String, Rows> tables = new LinkedHashMap<>();
    /** About what the rows take in memory, counted as they are read. */
    private long heldBytes;

    private record Rows(List<String> columns, List<Object[]> values) {
    }

    private RemovedRows(List<Long> ids) {
        this.ids = List.copyOf(ids);
    }

    @Override
    public List<Long> ids() {
        return ids;
    }

    @Override
    public int passages() {
        Rows segments = tables.get("segments");
        return segments == null ? 0 : segments.values().size();
    }

    @Override
    public long heldBytes() {
        return heldBytes;
    }

    /**
     * A row's array and its values as the driver gives them: a number 16 bytes, a text 40 and a byte a character
     * (two where one is outside Latin-1), bytes 16 and their length.
     */
    private static long heldBytes(Object[] values) {
        long bytes = 16 + 8L * values.length;
        for (Object value : values) {
            if (value instanceof String text) {
                bytes += 40 + (text.chars().allMatch(ch -> ch < 256) ? 1L : 2L) * text.length();
            } else if (value instanceof byte[] raw) {
                bytes += 16 + raw.length;
            } else if (value != null) {
                bytes += 16;
            }
        }
        return bytes;
    }

    /** Reads every row of these documents, then deletes the documents (their rows go by cascade). */
    static RemovedRows take(Connection c, Dialect dialect, List<Long> ids) throws SQLException {
        RemovedRows out = new RemovedRows(ids);
        String order = dialect.anchorInsertionOrder();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            Object[] once = chunk.toArray();
            Object[] twice = new Object[2 * chunk.size()];
            System.arraycopy(once, 0, twice, 0, once.length);
            System.arraycopy(once, 0, twice, once.length, once.length);
            String ofDocuments = String.format(OF_DOCUMENTS, marks);
            String ofPassages = String.format(OF_PASSAGES, marks);
            out.read(c, "documents", "SELECT * FROM documents WHERE id IN (" + marks + ")", once);
            out.read(c, "document_texts", "SELECT * FROM document_texts WHERE " + ofDocuments, once);
            out.read(c, "document_attributes", "SELECT * FROM document_attributes WHERE " + ofDocuments, once);
            out.read(c, "segments", "SELECT * FROM segments WHERE " + ofDocuments + " ORDER BY id", once);
            out.read(c, "memos", "SELECT * FROM memos WHERE " + ofDocuments + " OR " + ofPassages + " ORDER BY id",
                    twice);
            // The anchors' order among a code's anchors is the order they were added: it comes back too.
            out.read(c, "code_anchors", "SELECT code_id, segment_id, row_crc, " + order + " AS " + order
                    + " FROM code_anchors WHERE " + ofPassages + " ORDER BY " + order, once);
            out.read(c, "passage_provenance", "SELECT * FROM passage_provenance WHERE " + ofPassages, once);
            out.read(c, "assistant_rejections", "SELECT * FROM assistant_rejections WHERE " + ofDocuments, once);
            Sql.update(c, "DELETE FROM documents WHERE id IN (" + marks + ")", once);
        }
        return out;
    }

    private void read(Connection c, String table, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = Sql.prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            Rows rows = tables.get(table);
            if (rows == null) {
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
                rows = new Rows(columns, new ArrayList<>());
                tables.put(table, rows);
            }
            while (rs.next()) {
                Object[] values = new Object[rows.columns().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getObject(i + 1);
                }
                heldBytes += heldBytes(values);
                rows.values().add(values);
            }
        }
    }

    /** Puts every row back, after checking that no document has taken a removed one's id or text since. */
    void restore(Connection c, Dialect dialect) throws SQLException {
        refuseTaken(c);
        for (Map.Entry<String, Rows> table : tables.entrySet()) {
            Rows rows = table.getValue();
            if (rows.values().isEmpty()) {
                continue;
            }
            // PostgreSQL numbers anchors itself (GENERATED ALWAYS): putting back their number must say so.
            String overriding = table.getKey().equals("code_anchors") ? dialect.overridingGeneratedValues() : "";
            String sql = "INSERT INTO " + table.getKey() + "(" + String.join(", ", rows.columns()) + ")" + overriding
                    + " VALUES (" + String.join(",", Collections.nCopies(rows.columns().size(), "?")) + ")";
            try (PreparedStatement st = c.prepareStatement(sql)) {
                for (Object[] values : rows.values()) {
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] == null) {
                            st.setNull(i + 1, Types.NULL);
                        } else {
                            st.setObject(i + 1, values[i]);
                        }
                    }
                    st.addBatch();
                }
                st.executeBatch();
            }
        }
    }

    private void refuseTaken(Connection c) throws SQLException {
        Rows documents = tables.get("documents");
        int id = documents.columns().indexOf("id");
        int title = documents.columns().indexOf("title");
        int hash = documents.columns().indexOf("content_hash");
        for (Object[] removed : documents.values()) {
            String was = "'" + removed[title] + "'";
            var byId = Sql.one(c, "SELECT title FROM documents WHERE id=?", rs -> rs.getString(1),
                    ((Number) removed[id]).longValue());
            if (byId.isPresent()) {
                throw new ParallaxException("Cannot put back " + was + ": its id " + removed[id] + " was given to '"
                        + byId.get() + "', added since; nothing was changed");
            }
            var byText = Sql.one(c, "SELECT title FROM documents WHERE content_hash=?", rs -> rs.getString(1),
                    removed[hash].toString());
            if (byText.isPresent()) {
                throw new ParallaxException("Cannot put back " + was + ": the same text was imported again since as '"
                        + byText.get() + "'; remove that one first; nothing was changed");
            }
        }
    }
}
