package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.parallax.model.MemoTarget;
import org.parallax.model.PassageWords;

/**
 * How a refused edit names the damaged row it would have sealed, from the row's values as read: "Hypothesis “H2”",
 * "Saved search “sanctions”", "Evidence item 4". Names are the row's own (a refusal reads nothing else), but for a
 * passage's, which only its document and words name for a researcher ({@link #passage}).
 */
final class RowNames {
    private RowNames() {
    }

    /**
     * "passage 42 in document “Report”, “NATO and Russia met…” (code “Balance of power”)", read on {@code c} from the
     * passage's values as read: its number alone named nothing a researcher could find in the window.
     */
    static String passage(Connection c, Map<String, Object> row) throws SQLException {
        Object documentId = row.get("document_id");
        String[] document = Sql.one(c, "SELECT d.title, t.text FROM documents d LEFT JOIN document_texts t "
                + "ON t.document_id = d.id WHERE d.id=?", rs -> new String[] {rs.getString(1), rs.getString(2)},
                documentId).orElse(new String[] {null, null});
        String code = Sql.one(c, "SELECT name FROM codes WHERE id=?", rs -> rs.getString(1), row.get("code_id"))
                .map(name -> " (code " + quoted(name) + ")").orElse("");
        String named = PassageWords.passage(row.get("id"), document[0] == null ? "document " + documentId
                : "document " + quoted(document[0]), document[1], offset(row.get("start_offset")),
                offset(row.get("end_offset")));
        return named + code;
    }

    /** {@link #passage} of the passage {@code id} as stored now, or "passage ID" when it is not there. */
    static String passage(Connection c, long id) throws SQLException {
        Map<String, Object> row = Sql.one(c, "SELECT document_id, start_offset, end_offset, code_id FROM segments "
                + "WHERE id=?", rs -> Map.<String, Object>of("id", id, "document_id", rs.getLong(1), "start_offset",
                rs.getLong(2), "end_offset", rs.getLong(3), "code_id", rs.getLong(4)), id).orElse(null);
        return row == null ? "passage " + id : passage(c, row);
    }

    /**
     * "memo on document “Report”", "memo on code “Balance of power”", "memo on passage 42 in document …", "project
     * memo", read on {@code c}: what it is on named as the window shows it, its number only when that row is not there.
     */
    static String memo(Connection c, MemoTarget target) throws SQLException {
        return switch (target.kind()) {
            case PROJECT -> "project memo";
            case DOCUMENT -> "memo on " + document(c, target.id());
            case CODE -> "memo on " + named(c, "code", "codes", target.id());
            case PASSAGE -> "memo on " + passage(c, target.id());
        };
    }

    private static long offset(Object value) {
        return value instanceof Long n ? n : -1;
    }

    /**
     * The row as the window shows what it belongs to, read on {@code c}: documents by their titles, codes and scenarios
     * by their names, passages as {@link #passage} names them ("The anchor example of code “Balance of power”
     * (passage 42 in document “Report”, “Sanctions…”)"); a number only where that row is not there.
     */
    static String of(Connection c, String table, Map<String, Object> row) throws SQLException {
        return switch (table) {
            case "documents" -> "Document " + quoted(row.get("title"));
            case "document_attributes" -> "Attribute " + quoted(row.get("name")) + " of " + document(c,
                    row.get("document_id"));
            case "frames" -> "Frame " + quoted(row.get("name"));
            case "scenarios" -> "Scenario " + quoted(row.get("name"));
            case "codes" -> "Code " + quoted(row.get("name"));
            case "coders" -> "Coder " + quoted(row.get("name"));
            case "segments" -> "Passage " + row.get("id");
            case "memos" -> "Memo " + row.get("id");
            case "code_expectations" -> "The expectation of " + named(c, "code", "codes", row.get("code_id"))
                    + " for " + named(c, "scenario", "scenarios", row.get("scenario_id"));
            case "code_anchors" -> "The anchor example of " + named(c, "code", "codes", row.get("code_id")) + " ("
                    + passage(c, row.get("segment_id")) + ")";
            case "hypothesis_sets" -> "Hypothesis set " + quoted(row.get("name"));
            case "hypotheses" -> "Hypothesis " + quoted(row.get("name"));
            case "evidence" -> "Evidence item " + row.get("id");
            case "evidence_likelihoods" -> "The likelihoods of evidence item " + row.get("evidence_id");
            case "evidence_passages" -> "A passage quoted by evidence item " + row.get("evidence_id");
            case "causal_events" -> "Event " + quoted(row.get("label"));
            case "passage_provenance" -> "The assistant's record of " + passage(c, row.get("segment_id"));
            case "assistant_rejections" -> "A suggestion the assistant was told was wrong, in " + document(c,
                    row.get("document_id")) + " by " + named(c, "coder", "coders", row.get("coder_id"));
            case "saved_searches" -> "Saved search " + quoted(row.get("name"));
            default -> "Row " + row.values().iterator().next() + " of " + table;
        };
    }

    /** "document “Report”", or "document 7" when no document of that id is there. */
    private static String document(Connection c, Object id) throws SQLException {
        return named(c, "document", "documents", "title", id);
    }

    private static String named(Connection c, String what, String table, Object id) throws SQLException {
        return named(c, what, table, "name", id);
    }

    private static String named(Connection c, String what, String table, String column, Object id)
            throws SQLException {
        return what + " " + Sql.one(c, "SELECT " + column + " FROM " + table + " WHERE id=?",
                rs -> quoted(rs.getString(1)), id).orElse(String.valueOf(id));
    }

    private static String passage(Connection c, Object id) throws SQLException {
        return id instanceof Number n ? passage(c, n.longValue()) : "passage " + id;
    }

    private static String quoted(Object name) {
        return "“" + name + "”";
    }
}
