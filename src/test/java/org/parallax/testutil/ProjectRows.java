package org.parallax.testutil;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.workbench.Workbench;

/**
 * Every row of every table of a project, read with plain JDBC past Parallax (a project file through sqlite-jdbc, a
 * team project as the server's admin), as sorted text per table: two projects with equal dumps hold the same data,
 * ids, versions and dates included. The server's own bookkeeping (schema version, applied actions), a file's save
 * number (which every write moves) and its id floors (settings id_floor.*, which a deletion raises and its undo leaves
 * raised, so that a removed row's id is not handed out again) are left out.
 */
public final class ProjectRows {
    private ProjectRows() {
    }

    public static Map<String, List<String>> of(Workbench wb) {
        String location = wb.location();
        try {
            if (location.startsWith("postgresql://")) {
                String schema = location.substring(location.indexOf("project=") + "project=".length());
                try (Connection c = TestServer.plainSession(location, TestServer.adminUser(location), null)) {
                    return dump(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema
                            + "' AND table_name NOT IN ('schema_version', 'applied_actions')", schema + ".", "added");
                }
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + location)) {
                return dump(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        + "AND name != 'file_generation'", "",
                        "rowid");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + location, e);
        }
    }

    private static Map<String, List<String>> dump(Connection c, String tables, String prefix, String anchorOrder)
            throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        for (String table : column(c, tables)) {
            // The order anchors were added in is part of the project (a code's anchors are shown in that order).
            String select = table.equals("code_anchors") ? "SELECT *, " + anchorOrder + " AS added_order FROM "
                    : "SELECT * FROM ";
            String rowsKept = table.equals("settings") ? " WHERE key NOT LIKE 'id\\_floor.%' ESCAPE '\\'" : "";
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(select + prefix + table + rowsKept)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            out.put(table, rows);
        }
        return out;
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
