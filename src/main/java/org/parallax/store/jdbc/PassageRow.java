package org.parallax.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.parallax.model.SegmentColumns;

/**
 * A passage's row as the loads of every passage select it ({@link JdbcSegmentStore#all}, {@link PackedLoad}), and the
 * one decoder of it. Its start and end come as one value (start in the high half), and its code and coder too where
 * both ids fit in 31 bits: SQLite's driver costs about as much per column read as SQLite costs per row
 * (docs/performance.md, "Issue 18: a passage's start and end read as one value").
 */
final class PassageRow {
    /** The code and coder of a passage whose ids do not both fit in 31 bits: read from their own columns. */
    static final long APART = -1;
    /**
     * Columns 1 to 6 of the row, from {@code segments s}: id, document, span, code and coder (or {@link #APART}), code,
     * coder. Column 7 is the memo's text and column 8 the time ({@link JdbcSegmentStore.SharedTimes}).
     */
    static final String COLUMNS = "s.id, s.document_id, (CAST(s.start_offset AS BIGINT) << 32) | s.end_offset, "
            + "CASE WHEN (s.code_id | s.coder_id) BETWEEN 0 AND 2147483647 "
            + "THEN (CAST(s.code_id AS BIGINT) << 32) | s.coder_id ELSE " + APART + " END, s.code_id, s.coder_id";

    private PassageRow() {
    }

    /**
     * Adds the passage of {@code rs}'s current row to {@code columns} with {@code memo}; its id and span (columns 1
     * and 3) the caller has read, to tell a passage's row from another kind.
     */
    static void add(ResultSet rs, long id, long span, String memo, SegmentColumns.Builder columns,
                    JdbcSegmentStore.SharedTimes times) throws SQLException {
        long codeAndCoder = rs.getLong(4);
        boolean apart = codeAndCoder == APART;
        long code = apart ? rs.getLong(5) : codeAndCoder >>> 32;
        long coder = apart ? rs.getLong(6) : codeAndCoder & 0xFFFF_FFFFL;
        columns.add(id, rs.getLong(2), (int) (span >> 32), (int) span, code, coder, memo, times.of(rs));
    }
}
