package org.parallax.store.postgres;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import org.parallax.store.jdbc.Dialect;
import org.postgresql.PGConnection;

/**
 * PostgreSQL's side of the JDBC stores. A team project is a schema, on the session's search path; its
 * version lives in the one-row table {@code schema_version} there.
 */
public final class PostgresDialect implements Dialect {
    public static final PostgresDialect INSTANCE = new PostgresDialect();
    /** Characters per write to the server: large enough that 200,000 rows take a few hundred writes. */
    private static final int COPY_BUFFER = 64 * 1024;

    private PostgresDialect() {
    }

    @Override
    public String migrationFolder() {
        return "postgresql";
    }

    @Override
    public int schemaVersion(Connection connection) throws SQLException {
        try (var st = connection.createStatement();
                var rs = st.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return 0;
            }
        }
        try (var st = connection.createStatement(); var rs = st.executeQuery("SELECT version FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public void setSchemaVersion(Connection connection, int version) throws SQLException {
        try (var st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            if (st.executeUpdate("UPDATE schema_version SET version = " + version) == 0) {
                st.execute("INSERT INTO schema_version VALUES (" + version + ")");
            }
        }
    }

    @Override
    public String nullSafeEquals() {
        return "IS NOT DISTINCT FROM";
    }

    /** PostgreSQL has no rowid: code_anchors keeps an identity column of its own for the order. */
    @Override
    public String anchorInsertionOrder() {
        return "added";
    }

    @Override
    public String overridingGeneratedValues() {
        return " OVERRIDING SYSTEM VALUE";
    }

    @Override
    public boolean hidesRows() {
        return true;
    }

    @Override
    public boolean copiesIn() {
        return true;
    }

    /** PgJDBC's CopyManager on the session's own connection, so the rows join the transaction under way. */
    @Override
    public long copyIn(Connection connection, String target, Reader rows) throws SQLException {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN", rows,
                    COPY_BUFFER);
        } catch (IOException e) {
            // The rows come from memory: an IOException here is the connection's, which the session handles.
            throw new SQLException("copying rows to the server failed: " + e.getMessage(), "08006", e);
        }
    }
}
