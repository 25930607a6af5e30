package org.parallax.store.jdbc;

import java.io.Reader;
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

    /**
     * What an INSERT that names a value for a column the database always generates itself must say between its
     * column list and VALUES: PostgreSQL's {@code OVERRIDING SYSTEM VALUE} for {@code code_anchors.added} when undo
     * puts anchors back with the order they had; SQLite's rowid takes a value without it.
     */
    default String overridingGeneratedValues() {
        return "";
    }

    /**
     * Whether the database hides rows from some sessions, so that a row a session cannot read may still exist: a team
     * server's row-level security in blind mode (docs/team.md). A project file hides nothing from its reader.
     */
    default boolean hidesRows() {
        return false;
    }

    /**
     * Whether a value is kept in a storage class of its own, apart from its column's type, which SQL's
     * {@code typeof()} names (SQLite); PostgreSQL keeps every value in its column's type.
     */
    default boolean keepsStorageClasses() {
        return false;
    }

    /**
     * Whether the database keeps each document's passages packed beside their rows ({@code segment_packs}, schema 15):
     * a project file. A team server does not: a member's row security hides other coders' passages, which one pack per
     * document would show (docs/decisions/0034).
     */
    default boolean keepsSegmentPacks() {
        return false;
    }

    /**
     * Whether {@link #copyIn} streams rows into a table faster than multi-row INSERTs can (PostgreSQL's COPY, one
     * stream instead of a statement per thousand rows). SQLite, in process, has nothing faster than its INSERTs.
     */
    default boolean copiesIn() {
        return false;
    }

    /**
     * Whether the rows a write transaction inserts into a table get ids above every id it held before, rising in the
     * order the rows go in (SQLite's rowid: the largest plus one, under the one writer's lock). A batch can then read
     * its new rows back as one range of ids rather than have every INSERT return them, which SQLite does row by row.
     */
    default boolean insertsRisingIds() {
        return false;
    }

    /**
     * Streams {@code rows} (COPY's text format: tab-separated columns, one row a line) into the table and columns
     * {@code target} names, in the transaction under way; returns the rows stored.
     */
    default long copyIn(Connection connection, String target, Reader rows) throws SQLException {
        throw new UnsupportedOperationException(migrationFolder() + " has no COPY");
    }
}
