package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.parallax.store.DamagedRow;

/**
 * Finds values SQLite keeps in another storage class than their column's: text as a blob, an integer as a real or a
 * blob. One flipped bit of a value's serial type does that and leaves its bytes, so the driver reads the same text or
 * number and the row's checksum, taken over what is read, still matches; the file is damaged all the same (a
 * {@code typeof()}, a sort, another tool or a later write sees the other class). Covers the tables with checksums,
 * the documents' texts and the settings. Reads only each row's record header (SQLite's {@code typeof()} loads no
 * value), and the values of a row found, to name it. PostgreSQL keeps each value in its column's type: nothing to do.
 */
final class StorageClasses {
    private static final RowChecks.Table DOCUMENT_TEXTS = RowChecks.table("document_texts",
            List.of(new RowChecks.Column("document_id", RowChecks.Kind.INTEGER)), true, "text:T");
    private static final RowChecks.Table SETTINGS = RowChecks.table("settings",
            List.of(new RowChecks.Column("key", RowChecks.Kind.TEXT)), true, "value:T");

    private StorageClasses() {
    }

    /** Every row with a value of another storage class than its column's, the first such column named. */
    static List<DamagedRow> misfits(Connection c, Dialect dialect) throws SQLException {
        List<DamagedRow> out = new ArrayList<>();
        if (!dialect.keepsStorageClasses()) {
            return out;
        }
        List<RowChecks.Table> tables = new ArrayList<>(RowChecks.ALL);
        tables.add(DOCUMENT_TEXTS);
        tables.add(SETTINGS);
        for (RowChecks.Table t : tables) {
            String misfit = misfit(t);
            List<RowChecks.Column> read = t.read();
            try (PreparedStatement st = c.prepareStatement("SELECT " + t.columns() + ", " + misfit + " FROM "
                    + t.name() + " WHERE " + misfit + " IS NOT NULL"); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String[] found = rs.getString(read.size() + 1).split(" ");
                    out.add(new DamagedRow(t.name(), RowChecks.named(read, RowChecks.values(rs, read)),
                            new DamagedRow.Misfit(found[0], found[1], found[2])));
                }
            }
        }
        return out;
    }

    /**
     * An expression naming the first column of a row whose value is of another class, with the class it is kept as
     * and the column's ("color blob text"); NULL for a sound row. A NULL value passes: whether a column may hold
     * one is the checksum's to judge, which sums a NULL apart from any value.
     */
    private static String misfit(RowChecks.Table t) {
        StringBuilder sql = new StringBuilder("CASE");
        for (RowChecks.Column column : t.read()) {
            String stored = "typeof(" + column.name() + ")";
            String holds = column.kind().name().toLowerCase(java.util.Locale.ROOT);
            sql.append(" WHEN ").append(stored).append(" NOT IN ('").append(holds).append("', 'null') THEN '")
                    .append(column.name()).append(" ' || ").append(stored).append(" || ' ").append(holds).append('\'');
        }
        return sql.append(" END").toString();
    }
}
