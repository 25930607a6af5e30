package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestServer;
import org.parallax.workbench.Workbench;

/**
 * Every index of a project's schema earns its keep, in a project file and on a team server alike: no plain index's
 * columns are the leading columns of another index of the same table, since the longer one serves every look-up and
 * ordering the shorter one would, while each row written pays for both (a large batch of passages on the server
 * spent about a sixth of its work on such an index). Read from the database's own catalogue after every migration.
 */
class RedundantIndexesTest {
    /** One full (not partial) index: its table, name, whether it is unique, and its columns in order. */
    private record Index(String table, String name, boolean unique, List<String> columns) {
        boolean isLeadingPartOf(Index other) {
            return !unique && !name.equals(other.name) && table.equals(other.table)
                    && columns.size() <= other.columns.size()
                    && other.columns.subList(0, columns.size()).equals(columns);
        }
    }

    @BothBackends
    void noPlainIndexIsTheLeadingPartOfAnother(Backend backend, @TempDir Path dir) throws SQLException {
        String location;
        try (Workbench wb = backend.table1(dir)) {
            location = wb.location();
        }
        List<Index> indexes = backend == Backend.SQLITE ? sqliteIndexes(location) : serverIndexes(location);

        assertThat(indexes).as("indexes read from the catalogue")
                .anyMatch(i -> i.table().equals("segments") && i.unique() && i.columns().size() == 5);
        List<String> redundant = new ArrayList<>();
        for (Index shorter : indexes) {
            for (Index longer : indexes) {
                if (shorter.isLeadingPartOf(longer)) {
                    redundant.add(shorter.table() + "." + shorter.name() + " " + shorter.columns() + " leads "
                            + longer.name() + " " + longer.columns());
                }
            }
        }
        assertThat(redundant).isEmpty();
    }

    private static List<Index> sqliteIndexes(String file) throws SQLException {
        List<Index> indexes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String[]> listed = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("PRAGMA index_list('" + table + "')")) {
                    while (rs.next()) {
                        if (rs.getInt("partial") == 0) {
                            listed.add(new String[] {rs.getString("name"), rs.getString("unique")});
                        }
                    }
                }
                for (String[] index : listed) {
                    List<String> columns = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery("PRAGMA index_info('" + index[0] + "')")) {
                        while (rs.next()) {
                            columns.add(rs.getString("name"));
                        }
                    }
                    indexes.add(new Index(table, index[0], "1".equals(index[1]), columns));
                }
            }
        }
        return indexes;
    }

    private static List<Index> serverIndexes(String url) throws SQLException {
        String schema = url.substring(url.indexOf("?project=") + "?project=".length());
        List<Index> indexes = new ArrayList<>();
        try (Connection c = TestServer.plainSession(url, TestServer.adminUser(url), null);
                var st = c.prepareStatement("SELECT t.relname, i.relname, ix.indisunique, array_to_string(array("
                        + "SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, n) JOIN pg_attribute a "
                        + "ON a.attrelid = ix.indrelid AND a.attnum = k.attnum ORDER BY k.n), ',') "
                        + "FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid "
                        + "JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                        + "WHERE n.nspname = ? AND ix.indpred IS NULL")) {
            st.setString(1, schema);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    indexes.add(new Index(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                            List.of(rs.getString(4).split(","))));
                }
            }
        }
        return indexes;
    }
}
