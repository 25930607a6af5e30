package org.parallax.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies every row of a project between two databases with the same tables (a project file and a team
 * project's schema, in either direction), ids included, inside the caller's transactions. The tables are
 * taken in an order where each row's references are already there; a code's parent is set after all codes.
 */
final class ProjectCopy {
    static final List<String> TABLES = List.of("frames", "scenarios", "codes", "code_expectations", "documents",
            "document_texts", "document_attributes", "coders", "segments", "code_anchors", "memos", "settings",
            "saved_searches", "hypothesis_sets", "hypotheses", "evidence", "evidence_likelihoods",
            "evidence_passages", "causal_events", "passage_provenance",
            "assistant_rejections");
    private static final int BATCH = 1000;

    private ProjectCopy() {
    }

    /** Copies all tables from {@code from} into {@code to}; returns the rows copied per table. */
    static Map<String, Long> copy(Connection from, Connection to) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, copyTable(from, to, table));
        }
        return Collections.unmodifiableMap(rows);
    }

    private static long copyTable(Connection from, Connection to, String table) throws SQLException {
        boolean codes = table.equals("codes");
        List<long[]> parents = new ArrayList<>();
        long count = 0;
        try (var select = from.createStatement()) {
            select.setFetchSize(BATCH);
            String order = columns(from, table).contains("added") ? " ORDER BY added" : "";
            try (ResultSet rs = select.executeQuery("SELECT * FROM " + table + order)) {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                // Columns both sides have: a column one dialect keeps for itself (an insertion order) stays behind.
                List<String> target = columns(to, table);
                List<String> names = new ArrayList<>();
                List<Integer> sourceIndexes = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    String name = meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT);
                    if (target.contains(name)) {
                        names.add(name);
                        sourceIndexes.add(i);
                    }
                }
                int parentColumn = codes ? names.indexOf("parent_id") : -1;
                String insert = "INSERT INTO " + table + "(" + String.join(", ", names) + ") VALUES ("
                        + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
                try (PreparedStatement st = to.prepareStatement(insert)) {
                    while (rs.next()) {
                        for (int i = 0; i < names.size(); i++) {
                            Object value = rs.getObject(sourceIndexes.get(i));
                            if (i == parentColumn && value != null) {
                                parents.add(new long[] {rs.getLong("id"), ((Number) value).longValue()});
                                value = null;
                            }
                            st.setObject(i + 1, value);
                        }
                        st.addBatch();
                        if (++count % BATCH == 0) {
                            st.executeBatch();
                        }
                    }
                    st.executeBatch();
                }
            }
        }
        if (!parents.isEmpty()) {
            try (PreparedStatement st = to.prepareStatement("UPDATE codes SET parent_id = ? WHERE id = ?")) {
                for (long[] pair : parents) {
                    st.setLong(1, pair[1]);
                    st.setLong(2, pair[0]);
                    st.addBatch();
                }
                st.executeBatch();
            }
        }
        return count;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    /**
     * After rows came in with their ids, the server's identity sequences continue above the highest, and above the id
     * floor the file kept for the table (settings {@code id_floor.TABLE}, copied with the rest): a file never hands out
     * a removed row's id again, and a sequence started just above the ids left gave a removed document's id to the next
     * one imported on the server.
     */
    static void continueIdentities(Connection server, String schema) throws SQLException {
        try (var st = server.prepareStatement("SELECT table_name FROM information_schema.columns "
                + "WHERE table_schema = ? AND column_name = 'id' AND is_identity = 'YES'")) {
            st.setString(1, schema);
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                String qualified = TeamNames.quote(schema) + "." + TeamNames.quote(table);
                String floor = "(SELECT CAST(value AS BIGINT) FROM " + TeamNames.quote(schema)
                        + ".settings WHERE key = '" + ("id_floor." + table).replace("'", "''") + "')";
                try (var set = server.createStatement()) {
                    set.execute("SELECT setval(pg_get_serial_sequence('" + qualified.replace("'", "''") + "', 'id'), "
                            + "greatest(coalesce((SELECT max(id) FROM " + qualified + "), 0), coalesce(" + floor
                            + ", 0)) + 1, false)");
                }
            }
        }
    }
}
