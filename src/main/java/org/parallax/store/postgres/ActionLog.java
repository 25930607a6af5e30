package org.parallax.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The ids of the user actions a team project committed (table {@code applied_actions}, team_changes.sql). Each
 * write records its action's id in its own transaction, so when the connection is lost before the client hears
 * the commit's outcome, asking for the id on a new connection tells whether to run the action again: an action
 * is applied once, never twice, never lost.
 */
final class ActionLog {
    private ActionLog() {
    }

    /** Whether the project has the table (a project set up before it existed lacks it until team init runs). */
    static boolean present(Connection c) {
        try (var st = c.createStatement();
                var rs = st.executeQuery("SELECT to_regclass('applied_actions') IS NOT NULL")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The statement that records {@code action} in the transaction under way: it commits, or vanishes, with the
     * action's changes. A literal rather than a parameter so that it goes to the server with the statement opening
     * the transaction; a UUID's text is hex digits and dashes, nothing to escape. A {@code kept} id (a push's) is
     * never removed, since its copy may ask for it months later; others are removed by team init after a day.
     */
    static String recording(UUID action, boolean kept) {
        return "INSERT INTO applied_actions(id" + (kept ? ", kept) VALUES ('" + action + "', true)"
                : ") VALUES ('" + action + "')");
    }

    /** Whether {@code action} committed. */
    static boolean applied(Connection c, UUID action) throws SQLException {
        try (var st = c.prepareStatement("SELECT 1 FROM applied_actions WHERE id = ?")) {
            st.setObject(1, action);
            try (var rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
