package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * In a copy pulled from a team project, no passage, memo, code or document gets an id the copy shares with the
 * server. A project file gives a new row the largest id plus one, so once the rows holding the largest ids were
 * removed, work done offline took the id of a pulled row (or of one a push sent) and the push took it for that row:
 * a passage removed on the server too was reported as such and never sent, a memo was taken as pulled, a document
 * imported offline went unnamed (ADR 0031). A pull sets the setting {@code id_floor.TABLE} to the largest id it
 * copied, each push raises it to the largest id the copy then holds, and a new row takes an id above both. A copy
 * pulled before floors were kept has none and is left so.
 */
public final class IdFloors {
    /** The tables whose rows a push tells apart by id (events it tells by what they say). */
    private static final List<String> TABLES = List.of("segments", "memos", "codes", "documents");
    private static final String KEY = "id_floor.";

    private IdFloors() {
    }

    /**
     * An INSERT of one row of {@code table} that lets the database pick its id: where a new row takes the largest id
     * plus one ({@link Dialect#insertsRisingIds}), the id is named, above the floor too; elsewhere ids come from a
     * sequence that never hands one out twice, and the statement is the plain one.
     */
    static String insert(Dialect dialect, String table, String columns, String values) {
        return dialect.insertsRisingIds()
                ? "INSERT INTO " + table + "(id, " + columns + ") VALUES ((SELECT max(coalesce(max(id), 0), "
                        + floorOf(table) + ") + 1 FROM " + table + "), " + values + ")"
                : "INSERT INTO " + table + "(" + columns + ") VALUES (" + values + ")";
    }

    /**
     * Where a new row takes the largest id plus one, none of {@code table} takes {@code id} again: undo puts a deleted
     * frame or scenario back under its id, which a frame added since would otherwise hold.
     */
    static void keepDeleted(Connection c, Dialect dialect, String table, long id) throws SQLException {
        if (dialect.insertsRisingIds()) {
            Sql.update(c, "INSERT OR REPLACE INTO settings(key, value) VALUES (?, CAST(max(?, " + floorOf(table)
                    + ") AS TEXT))", KEY + table, id);
        }
    }

    /** The id at or below which {@code table} hands out none (0 without a floor). */
    static long floor(Connection c, String table) throws SQLException {
        return Sql.one(c, "SELECT " + floorOf(table), rs -> rs.getLong(1)).orElse(0L);
    }

    /** In a copy being pulled: the floors set to the largest ids it holds. */
    public static void set(Connection copy) throws SQLException {
        for (String table : TABLES) {
            Sql.update(copy, "INSERT OR REPLACE INTO settings(key, value) SELECT ?, CAST(coalesce(max(id), 0) AS TEXT) "
                    + "FROM " + table, KEY + table);
        }
    }

    /** Raises the floors a copy has (none under an older pull) to the largest ids it holds now. */
    static void raise(Connection c) throws SQLException {
        for (String table : TABLES) {
            Sql.update(c, "UPDATE settings SET value = CAST((SELECT max(coalesce(max(id), 0), CAST(settings.value AS "
                    + "INTEGER)) FROM " + table + ") AS TEXT) WHERE key = ?", KEY + table);
        }
    }

    /**
     * Whether the project keeps floors: a copy pulled since they were kept. The memos' floor tells, which only a pull
     * writes; the others a project file raises on deletions too (schema 20 and 21).
     */
    static boolean kept(Connection c) throws SQLException {
        return Sql.one(c, "SELECT 1 FROM settings WHERE key = ?", rs -> true, KEY + "memos").isPresent();
    }

    private static String floorOf(String table) {
        return "coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = '" + KEY + table + "'), 0)";
    }
}
