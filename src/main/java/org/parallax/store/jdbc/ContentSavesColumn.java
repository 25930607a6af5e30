package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The migration to schema version 18: a project file counts, beside its save number, the saves that wrote anything but
 * packs of passages ({@code file_generation.content_saves}, read by {@code store.sqlite.FileGeneration}). SQLite has no
 * ADD COLUMN IF NOT EXISTS, and a file whose schema number was lowered has the column already, so it is added here when
 * missing; a team server has no {@code file_generation} table and is left as it is.
 */
final class ContentSavesColumn {
    private ContentSavesColumn() {
    }

    static Void addWhenMissing(Connection c) throws SQLException {
        try (ResultSet tables = c.getMetaData().getTables(null, null, "file_generation", null)) {
            if (!tables.next()) {
                return null;
            }
        }
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT * FROM file_generation WHERE 1=0")) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    if (rs.getMetaData().getColumnName(i).equalsIgnoreCase("content_saves")) {
                        return null;
                    }
                }
            }
            st.executeUpdate("ALTER TABLE file_generation ADD COLUMN content_saves INTEGER NOT NULL DEFAULT 0");
        }
        return null;
    }
}
