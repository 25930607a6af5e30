package org.parallax.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalInt;
import org.parallax.store.jdbc.Migrations;
import org.parallax.store.jdbc.Sql;

/**
 * The mark an upgrade of an older project leaves in the file while it runs: the schema it started from, saved with its
 * first step and removed with its last. Each step is one transaction, so a program killed between two steps (or a
 * full disk) leaves the file at a schema in between; by the mark the next open knows that the upgrade was stopped and
 * from which schema, and carries on without taking the half-upgraded file for an older project to be kept again.
 */
final class UpgradeMark {
    private static final String TABLE = "upgrade_in_progress";

    private UpgradeMark() {
    }

    /** The schema an upgrade stopped midway started from, or empty when no upgrade of the file was stopped. */
    static OptionalInt stoppedFrom(Connection connection) throws SQLException {
        boolean marked = Sql.one(connection, "SELECT 1 FROM sqlite_master WHERE type='table' AND name='" + TABLE + "'",
                rs -> true).isPresent();
        if (!marked) {
            return OptionalInt.empty();
        }
        return Sql.one(connection, "SELECT from_schema FROM " + TABLE, rs -> rs.getInt(1))
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** Brings the file's schema up to date, marked while the upgrade of an existing project runs. */
    static void migrate(Connection writer, String projectName) throws SQLException {
        int from = SqliteDialect.INSTANCE.schemaVersion(writer);
        if (from == 0) {
            // A new project: there is no older file to speak of.
            Migrations.migrate(writer, SqliteDialect.INSTANCE, projectName);
            return;
        }
        Migrations.migrate(writer, SqliteDialect.INSTANCE, projectName, c -> mark(c, from), UpgradeMark::remove);
    }

    /** An upgrade carried on keeps the schema its first run started from. */
    private static Void mark(Connection connection, int from) throws SQLException {
        try (var st = connection.createStatement()) {
            st.executeUpdate("CREATE TABLE IF NOT EXISTS " + TABLE + " (from_schema INTEGER NOT NULL)");
            st.executeUpdate("INSERT INTO " + TABLE + " SELECT " + from + " WHERE NOT EXISTS (SELECT 1 FROM " + TABLE
                    + ")");
        }
        return null;
    }

    private static Void remove(Connection connection) throws SQLException {
        try (var st = connection.createStatement()) {
            st.executeUpdate("DROP TABLE IF EXISTS " + TABLE);
        }
        return null;
    }
}
