package org.parallax.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether another file (a backup) holds what a project holds: the same tables, indexes and schema version, and the
 * same rows in each table, value for value. A backup is written by {@code VACUUM INTO}, so its bytes differ from the
 * file's even when nothing in it does: only what SQLite reads out of the two can be compared.
 */
final class SameContent {
    private static final System.Logger LOG = System.getLogger(SameContent.class.getName());

    private SameContent() {
    }

    /** Whether {@code other} holds what {@code project} reads; false when it cannot be read to the end. */
    static boolean as(Connection project, Path other) {
        if (!Files.isRegularFile(other)) {
            return false;
        }
        try (Connection copy = Connections.reader(other, true)) {
            if (!rows(project, "PRAGMA user_version").equals(rows(copy, "PRAGMA user_version"))) {
                return false;
            }
            String schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name";
            List<List<Object>> objects = rows(project, schema);
            if (!objects.equals(rows(copy, schema))) {
                return false;
            }
            for (List<Object> object : objects) {
                if ("table".equals(object.get(0)) && !sameRows(project, copy, (String) object.get(1))) {
                    return false;
                }
            }
            return true;
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.INFO, other + " was not compared with the project: " + e.getMessage());
            return false;
        }
    }

    /** Row by row in the order of their ids, which {@code VACUUM INTO} keeps even where it numbers them anew. */
    private static boolean sameRows(Connection project, Connection copy, String table) throws SQLException {
        String query = "SELECT * FROM \"" + table.replace("\"", "\"\"") + "\" ORDER BY rowid";
        try (var a = project.createStatement(); var b = copy.createStatement();
             ResultSet ours = a.executeQuery(query); ResultSet theirs = b.executeQuery(query)) {
            int columns = ours.getMetaData().getColumnCount();
            while (ours.next()) {
                if (!theirs.next() || !sameValues(ours, theirs, columns)) {
                    return false;
                }
            }
            return !theirs.next();
        }
    }

    private static boolean sameValues(ResultSet ours, ResultSet theirs, int columns) throws SQLException {
        for (int i = 1; i <= columns; i++) {
            if (!Objects.deepEquals(ours.getObject(i), theirs.getObject(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<List<Object>> rows(Connection connection, String query) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (var st = connection.createStatement(); ResultSet rs = st.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
