package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The migration to schema version 17: saved searches record who saved them ({@code saved_by}, added here when the
 * script did not), which their checksum covers from then on. A row whose sum matched its values is sealed again with the new column, still empty, so the
 * check finds after the upgrade what it found before; a row that did not match keeps its old sum and is still found.
 */
final class SavedSearchSavers {
    /** The saved searches' columns as summed from schema 11 to 16, before the saver was recorded. */
    private static final RowChecks.Table SAVED_SEARCHES_16 = RowChecks.table("saved_searches",
            RowChecks.SAVED_SEARCHES.key(), true, "name:T query:T created:T");

    private SavedSearchSavers() {
    }

    /** A table as its rows were summed before schema 17 (the migration to schema 11 seals them so). */
    static RowChecks.Table before17(RowChecks.Table t) {
        return t == RowChecks.SAVED_SEARCHES ? SAVED_SEARCHES_16 : t;
    }

    static Void sealAnew(Connection c) throws SQLException {
        addColumn(c);
        List<Long> intact = new ArrayList<>();
        RowChecks.eachRow(c, SAVED_SEARCHES_16, (values, sound) -> {
            if (sound) {
                intact.add((Long) values[0]);
            }
        });
        for (long id : intact) {
            RowChecks.sealAnew(c, RowChecks.SAVED_SEARCHES, "id=?", id);
        }
        return null;
    }

    /** Adds {@code saved_by} unless the table has it (a file whose schema number was lowered, or the server's script). */
    private static void addColumn(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT * FROM saved_searches WHERE 1=0")) {
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (meta.getColumnName(i).equalsIgnoreCase("saved_by")) {
                        return;
                    }
                }
            }
            st.executeUpdate("ALTER TABLE saved_searches ADD COLUMN saved_by TEXT");
        }
    }
}
