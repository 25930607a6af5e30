package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What differs between the databases behind the JDBC stores. Everything else is SQL both SQLite (3.35 or
 * later) and PostgreSQL accept: {@code INSERT … RETURNING id}, {@code ON CONFLICT … DO NOTHING/DO UPDATE}.
 */
public interface Dialect {
    /** The folder of this dialect's migration scripts under {@code org/parallax/store/migrations/}. */
    String migrationFolder();

    /** The schema version the project is at; 0 for an empty database. */
    int schemaVersion(Connection connection) throws SQLException;

    /** Records the schema version, inside the migration's transaction. */
    void setSchemaVersion(Connection connection, int version) throws SQLException;

    /** The operator that compares a column with a parameter that may be null and match NULL. */
    String nullSafeEquals();

    /** An expression that orders rows of {@code code_anchors} the way they were added. */
    String anchorInsertionOrder();
}
