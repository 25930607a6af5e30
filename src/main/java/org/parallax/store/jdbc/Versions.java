package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.parallax.store.StaleEditException;
import org.parallax.store.StoreException;

/**
 * Optimistic concurrency for versioned rows (frames, scenarios, codes, documents' details): an update names the
 * version it was made against, raises it by one and records who made it; when the stored version has moved on,
 * nothing is written and the refusal names who changed the row. Version 0 means "not read from the project"
 * and updates unconditionally (whole-codebook installs, undo inside one's own transaction).
 */
final class Versions {
    private Versions() {
    }

    /** What a versioned table holds, for the messages: "code", its name column; and its row checksums. */
    record Table(String table, String what, String nameColumn, RowChecks.Table checks) {
        /** "Code “Balance of power”" (by its number when its name reads as nothing), as a refusal names the row. */
        String named(Object name, long id) {
            return what + (name == null ? " " + id : " “" + name + "”");
        }
    }

    static final Table FRAMES = new Table("frames", "Frame", "name", RowChecks.FRAMES);
    static final Table SCENARIOS = new Table("scenarios", "Scenario", "name", RowChecks.SCENARIOS);
    static final Table CODES = new Table("codes", "Code", "name", RowChecks.CODES);
    static final Table DOCUMENTS = new Table("documents", "Document", "title", RowChecks.DOCUMENTS);

    /**
     * Runs {@code UPDATE table SET assignments, version = version + 1, changed_by = actor WHERE id = ? AND
     * version = expected} and returns the new version; refuses with {@link StaleEditException} when the row was
     * changed since {@code expected}, and in words when it no longer exists.
     */
    static long update(Connection c, Table t, long id, long expected, String actor, String assignments,
                       Object... values) throws SQLException {
        RowChecks.unseal(c, t.checks(), row -> t.named(row.get(t.nameColumn()), id), "id=?", id);
        Object[] params = new Object[values.length + 4];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = actor;
        params[values.length + 1] = id;
        params[values.length + 2] = expected;
        params[values.length + 3] = expected;
        int changed = Sql.update(c, "UPDATE " + t.table() + " SET " + assignments + ", version = version + 1, "
                + "changed_by = ? WHERE id = ? AND (? = 0 OR version = ?)", params);
        // Sealed again either way: a refusal caught inside a longer transaction leaves the row's sum as it was.
        RowChecks.sealRow(c, t.checks(), id);
        if (changed == 0) {
            throw refusal(c, t, id);
        }
        return current(c, t, id);
    }

    /**
     * Refuses an edit of the row {@code id} of {@code t} when the rows of {@code rows} matching {@code where} that belong
     * to it (a document's attributes, deleted and written anew by the edit) no longer match the checksums written with
     * them: written anew from what was read, the damage would be blessed as the researcher's.
     */
    static void requireIntact(Connection c, Table t, long id, RowChecks.Table rows, String where) throws SQLException {
        RowChecks.requireIntact(c, rows, row -> t.named(Sql.one(c, "SELECT " + t.nameColumn() + " FROM " + t.table()
                + " WHERE id = ?", rs -> rs.getString(1), id).orElse(null), id), where, id);
    }

    /** The stored version of a row; refuses in words when the row is gone. */
    static long current(Connection c, Table t, long id) throws SQLException {
        return Sql.one(c, "SELECT version FROM " + t.table() + " WHERE id = ?", rs -> rs.getLong(1), id)
                .orElseThrow(() -> gone(t, id));
    }

    private static StoreException refusal(Connection c, Table t, long id) throws SQLException {
        var row = Sql.one(c, "SELECT " + t.nameColumn() + ", changed_by FROM " + t.table() + " WHERE id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, id);
        if (row.isEmpty()) {
            return gone(t, id);
        }
        String who = row.get()[1] == null ? "another window or program" : row.get()[1];
        return new StaleEditException(t.what() + " '" + row.get()[0] + "' was changed by " + who
                + " after you opened it; your change was not saved. Look at the current version and make it again.");
    }

    private static StoreException gone(Table t, long id) {
        return new StoreException(t.what() + " " + id + " no longer exists (deleted in another window or by "
                + "another coder); your change was not saved");
    }
}
