package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Coder;

/**
 * The migration to schema version 19: a rejected suggestion names the coder who rejected it ({@code coder_id}, in the
 * key). On a project file the script made the table with the new key beside the old one; the rows move over here (a
 * coder a row names already is kept: a file whose schema number was lowered has the column), the old table goes and
 * the new one takes its name. A row stored before names no coder and is given to the project's first coder, as the
 * scripts say why. A row whose sum matched its values is then sealed again over the coder, so the check finds after the
 * upgrade what it found before; a row that did not match keeps its old sum and is still found.
 */
final class RejectionCoders {
    /** The rejections' columns as summed from schema 11 to 18, before the coder was recorded. */
    private static final RowChecks.Table REJECTIONS_18 = RowChecks.table("assistant_rejections",
            RowChecks.ASSISTANT_REJECTIONS.key().stream().filter(k -> !k.name().equals("coder_id")).toList(), true,
            "created:T");
    /** The project's first coder, the assistant's own layer left out (else any coder: a row must name one). */
    private static final String FIRST_CODER = "coalesce((SELECT min(id) FROM coders WHERE name <> '"
            + Coder.ASSISTANT + "'), (SELECT min(id) FROM coders))";
    private static final String STAGED = "assistant_rejections_of_coders";

    private RejectionCoders() {
    }

    /** A table as its rows were summed before schema 19 (the migration to schema 11 seals them so). */
    static RowChecks.Table before19(RowChecks.Table t) {
        return t == RowChecks.ASSISTANT_REJECTIONS ? REJECTIONS_18 : t;
    }

    static Void moveAndSeal(Connection c) throws SQLException {
        if (exists(c, STAGED)) {
            String coder = hasColumn(c, "assistant_rejections", "coder_id") ? "coder_id" : FIRST_CODER;
            Sql.update(c, "INSERT INTO " + STAGED + "(document_id, coder_id, start_offset, end_offset, code_id, "
                    + "created, row_crc) SELECT document_id, " + coder + ", start_offset, end_offset, code_id, "
                    + "created, row_crc FROM assistant_rejections WHERE " + coder + " IS NOT NULL");
            Sql.update(c, "DROP TABLE assistant_rejections");
            Sql.update(c, "ALTER TABLE " + STAGED + " RENAME TO assistant_rejections");
        }
        List<Object[]> intact = new ArrayList<>();
        RowChecks.eachRow(c, REJECTIONS_18, (values, sound) -> {
            if (sound) {
                intact.add(values);
            }
        });
        for (Object[] key : intact) {
            RowChecks.sealAnew(c, RowChecks.ASSISTANT_REJECTIONS, REJECTIONS_18.keyWhere(), key[0], key[1], key[2],
                    key[3]);
        }
        return null;
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), table, null)) {
            return rs.next();
        }
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1=0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                if (rs.getMetaData().getColumnName(i).equalsIgnoreCase(column)) {
                    return true;
                }
            }
            return false;
        }
    }
}
