package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a team server's row-level security hides from this session, asked of the functions {@code team_access.sql}
 * defines, which look at every row and hand none over (docs/team.md). A project file hides nothing. A project set up
 * before those functions existed hides no memo and no whole evidence item, so nothing is reported hidden there.
 */
final class HiddenRows {
    private HiddenRows() {
    }

    /** Whether the project (document null) or a document has a memo, read or not. */
    static boolean memoExists(Connection c, String kind, Long documentId) throws SQLException {
        return defined(c, "memo_exists(text,bigint)") && Sql.one(c, "SELECT memo_exists(?, ?)",
                rs -> rs.getBoolean(1), kind, documentId).orElse(false);
    }

    /** How many memos of the project the session cannot read. */
    static int memosHidden(Connection c) throws SQLException {
        if (!defined(c, "memo_count()")) {
            return 0;
        }
        return Sql.one(c, "SELECT memo_count() - (SELECT count(*) FROM memos)", rs -> rs.getInt(1)).orElse(0);
    }

    /** How many evidence items of a set the session cannot read. */
    static int evidenceHidden(Connection c, long setId) throws SQLException {
        if (!defined(c, "evidence_count(bigint)")) {
            return 0;
        }
        return Sql.one(c, "SELECT evidence_count(?) - (SELECT count(*) FROM evidence WHERE set_id = ?)",
                rs -> rs.getInt(1), setId, setId).orElse(0);
    }

    private static boolean defined(Connection c, String signature) throws SQLException {
        return Sql.one(c, "SELECT to_regprocedure(?) IS NOT NULL", rs -> rs.getBoolean(1), signature).orElse(false);
    }
}
