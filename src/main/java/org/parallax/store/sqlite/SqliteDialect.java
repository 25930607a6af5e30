package org.parallax.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import org.parallax.store.jdbc.Dialect;

/** SQLite's side of the JDBC stores: the schema version in {@code PRAGMA user_version}, as in every release. */
public final class SqliteDialect implements Dialect {
    public static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public String migrationFolder() {
        return "sqlite";
    }

    @Override
    public int schemaVersion(Connection connection) throws SQLException {
        try (var st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public void setSchemaVersion(Connection connection, int version) throws SQLException {
        try (var st = connection.createStatement()) {
            st.executeUpdate("PRAGMA user_version = " + version);
        }
    }

    @Override
    public String nullSafeEquals() {
        return "IS";
    }

    @Override
    public String anchorInsertionOrder() {
        return "rowid";
    }

    @Override
    public boolean keepsStorageClasses() {
        return true;
    }

    @Override
    public boolean keepsSegmentPacks() {
        return true;
    }

    /** segments.id is an INTEGER PRIMARY KEY, the rowid: a new row takes the largest plus one. */
    @Override
    public boolean insertsRisingIds() {
        return true;
    }
}
