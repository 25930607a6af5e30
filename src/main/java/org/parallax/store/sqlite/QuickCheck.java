package org.parallax.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQLite's own consistency checks of the file's pages and indexes. */
final class QuickCheck {
    private static final int SHOWN = 3;
    /**
     * A page SQLite cannot read stops its checks with its own words ("[SQLITE_CORRUPT] The database disk image is
     * malformed"); said as what happened to the file.
     */
    static final String DAMAGED_PAGE = "a page of the file is damaged (zeroed or overwritten, as a failing disk or a "
            + "copy cut short leaves it)";

    private QuickCheck() {
    }

    /** Runs {@code PRAGMA quick_check} (O(n), no index cross-checks): null when sound, else the findings. */
    static String findings(Connection connection) {
        String result;
        try {
            result = run(connection, "quick_check(" + CheckLines.MOST + ")");
        } catch (SQLException e) {
            result = SqlFailures.damaged(e) ? DAMAGED_PAGE : e.getMessage();
        }
        if ("ok".equals(result)) {
            return null;
        }
        List<String> lines = CheckLines.ordered(result);
        if (lines.isEmpty()) {
            lines = List.of(result);
        }
        String shown = String.join("; ", lines.subList(0, Math.min(SHOWN, lines.size())));
        return "the file is damaged (SQLite's check found: " + shown
                + (lines.size() > SHOWN ? "; and " + (lines.size() - SHOWN) + " more" : "") + ")";
    }

    /**
     * Runs {@code PRAGMA integrity_check}, then looks for references to rows that are not there: "ok" for a sound
     * file, else one finding a line ({@link CheckLines}: damage first, pages never used as one line last). On a badly damaged file SQLite stops the check itself with an error; that error
     * is then the finding, not a failure.
     */
    static String integrity(Connection connection) {
        String integrity;
        try {
            integrity = run(connection, "integrity_check(" + CheckLines.MOST + ")");
        } catch (SQLException e) {
            return SqlFailures.damaged(e) ? DAMAGED_PAGE + ", so SQLite's check stopped there"
                    : "SQLite's check stopped: " + e.getMessage();
        }
        List<String> findings = new ArrayList<>(CheckLines.ordered(integrity));
        try {
            findings.addAll(MissingReferences.find(connection));
        } catch (SQLException e) {
            findings.add("SQLite's check of references stopped: " + e.getMessage());
        }
        return findings.isEmpty() ? "ok" : String.join("\n", findings);
    }

    /** Runs {@code PRAGMA <pragma>} and joins its rows: "ok" for a sound file. */
    static String run(Connection connection, String pragma) throws SQLException {
        try (var st = connection.createStatement(); var rs = st.executeQuery("PRAGMA " + pragma)) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(out.isEmpty() ? "" : "\n").append(rs.getString(1));
            }
            return out.toString();
        }
    }
}
