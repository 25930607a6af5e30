package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Segment;

/**
 * The migration to schema version 14: every passage's time, and the copy a piece of evidence keeps of it, from the
 * instant's text to nanoseconds since 1970 (ADR 0033), read as the stores read it. A row whose checksum matched its
 * values is sealed again over the integer, so the check finds after the upgrade what it found before; a row that did
 * not match keeps its old sum and is still found; a text that does not read as a time (damage) becomes NULL, which
 * the check and the readers name. The passages' new values go in through a temporary table and one UPDATE, so a team
 * server's statement triggers run once, not once per passage.
 */
final class StoredPassageTimes {
    private static final int BATCH = 1_000;
    /** The passages' columns as summed from schema 11 to 13, the time as text. */
    static final RowChecks.Table SEGMENTS_13 = RowChecks.table("segments", RowChecks.SEGMENTS.key(), false,
            "document_id:I start_offset:I end_offset:I code_id:I coder_id:I created:T");
    /** The evidence passages' columns as summed from schema 11 to 13, the time as text. */
    static final RowChecks.Table EVIDENCE_PASSAGES_13 = RowChecks.table("evidence_passages",
            RowChecks.EVIDENCE_PASSAGES.key(), true, "evidence_id:I position:I segment_id:I segment_created:T "
                    + "code_id:I document_id:I content_hash:T start_offset:I end_offset:I quote:T document_title:T "
                    + "document_date:T actor:T");

    private StoredPassageTimes() {
    }

    /** A table as its rows were summed before schema 14 (the migration to schema 11 seals them so). */
    static RowChecks.Table before14(RowChecks.Table t) {
        return t == RowChecks.SEGMENTS ? SEGMENTS_13 : t == RowChecks.EVIDENCE_PASSAGES ? EVIDENCE_PASSAGES_13 : t;
    }

    static Void convertAll(Connection c) throws SQLException {
        passages(c);
        List<Long> intactEvidence = evidence(c);
        try (Statement st = c.createStatement()) {
            st.executeUpdate("ALTER TABLE segments DROP COLUMN created");
            st.executeUpdate("ALTER TABLE segments RENAME COLUMN created_nanos TO created");
            st.executeUpdate("ALTER TABLE evidence_passages DROP COLUMN segment_created");
            st.executeUpdate("ALTER TABLE evidence_passages RENAME COLUMN segment_created_nanos TO segment_created");
        }
        for (long id : intactEvidence) {
            RowChecks.sealAnew(c, RowChecks.EVIDENCE_PASSAGES, "id=?", id);
        }
        return null;
    }

    private static void passages(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TEMPORARY TABLE passage_times (id BIGINT PRIMARY KEY, created BIGINT, "
                    + "row_crc BIGINT)");
        }
        RowChecksum sum = new RowChecksum();
        try (Statement select = c.createStatement();
                PreparedStatement insert = c.prepareStatement("INSERT INTO passage_times VALUES (?,?,?)")) {
            // A PostgreSQL cursor inside the migration's transaction: some rows at a time, not all of them at once.
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rs = select.executeQuery("SELECT id, document_id, start_offset, end_offset, code_id, "
                    + "coder_id, created, row_crc FROM segments")) {
                while (rs.next()) {
                    long document = rs.getLong(2);
                    int start = rs.getInt(3);
                    int end = rs.getInt(4);
                    long code = rs.getLong(5);
                    long coder = rs.getLong(6);
                    String text = rs.getString(7);
                    long stored = rs.getLong(8);
                    boolean sealed = !rs.wasNull();
                    Long nanos = nanos(text);
                    boolean intact = sealed && stored == sum.start().add(document).add(start).add(end).add(code)
                            .add(coder).add(text).value();
                    insert.setLong(1, rs.getLong(1));
                    setNullable(insert, 2, nanos);
                    setNullable(insert, 3, intact && nanos != null
                            ? Long.valueOf(RowChecks.segment(sum, document, start, end, code, coder, nanos))
                            : sealed ? Long.valueOf(stored) : null);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            insert.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE segments SET created_nanos = t.created, row_crc = t.row_crc FROM passage_times t "
                    + "WHERE segments.id = t.id");
            st.executeUpdate("DROP TABLE passage_times");
        }
    }

    /** Fills the evidence passages' integer times; returns the rows that matched their sums, to seal again. */
    private static List<Long> evidence(Connection c) throws SQLException {
        record Found(long id, Long nanos, boolean intact) {
        }
        List<Found> found = new ArrayList<>();
        int text = EVIDENCE_PASSAGES_13.read().indexOf(new RowChecks.Column("segment_created", RowChecks.Kind.TEXT));
        RowChecks.eachRow(c, EVIDENCE_PASSAGES_13, (values, intact) ->
                found.add(new Found((Long) values[0], nanos((String) values[text]), intact)));
        List<Long> intact = new ArrayList<>();
        try (PreparedStatement update = c.prepareStatement("UPDATE evidence_passages SET segment_created_nanos=? "
                + "WHERE id=?")) {
            for (Found f : found) {
                setNullable(update, 1, f.nanos());
                update.setLong(2, f.id());
                update.executeUpdate();
                if (f.intact()) {
                    intact.add(f.id());
                }
            }
        }
        return intact;
    }

    /** The time a text holds, as stored from now on; null for no text or one that does not read as a time. */
    private static Long nanos(String text) {
        if (text == null) {
            return null;
        }
        try {
            return StoredInstants.nanos(Segment.keptTime(StoredInstants.parse(text)));
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static void setNullable(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.BIGINT);
        } else {
            st.setLong(index, value);
        }
    }
}
