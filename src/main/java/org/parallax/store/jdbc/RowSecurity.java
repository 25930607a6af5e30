package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL's row-level security does not refuse an UPDATE or DELETE of a row the session may see but not
 * change (a coder and another member's passage or memo): it changes nothing and says nothing. A change that
 * touched no row although the row is still there was refused, and is reported as the server's refusal
 * (SQLSTATE 42501), so nothing is reported saved or removed that was not.
 */
final class RowSecurity {
    static final String INSUFFICIENT_PRIVILEGE = "42501";

    private RowSecurity() {
    }

    /** Fails when {@code changed} is 0 and the row {@code table.id} still exists. */
    static void requireChanged(Connection c, int changed, String table, long id) throws SQLException {
        if (changed == 0 && Sql.one(c, "SELECT id FROM " + table + " WHERE id=?", rs -> rs.getLong(1), id).isPresent()) {
            throw new SQLException("row-level security left " + table + " " + id + " unchanged",
                    INSUFFICIENT_PRIVILEGE);
        }
    }
}
