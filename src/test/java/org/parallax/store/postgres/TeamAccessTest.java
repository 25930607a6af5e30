package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.ProjectStores;
import org.parallax.store.TeamAdmin;
import org.parallax.store.TeamUrl;
import org.parallax.testutil.TestProjects;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * The blind-mode proof on a real server: members log in with plain JDBC sessions, as psql would, and
 * the server itself decides what they see and may write.
 */
@NeedsTestServer
class TeamAccessTest {
    private static String database;
    private static String project;
    private static TeamUrl url;
    private static long document;
    private static long code;

    private static PlainMembers team;

    @BeforeAll
    static void prepareProject() throws SQLException {
        team = PlainMembers.create("blind");
        database = team.database();
        project = team.project();
        url = team.url();
        document = team.document();
        code = team.code();
        try (Connection alice = session("alice", "alice-pw"); Connection bob = session("bob", "bob-pw")) {
            codePassage(alice, "alice", 0, 10);
            codePassage(alice, "alice", 20, 30);
            long bobs = codePassage(bob, "bob", 40, 50);
            bob.createStatement().execute("INSERT INTO memos(kind, segment_id, text, author_id, created, modified) "
                    + "VALUES ('passage', " + bobs + ", 'bob thinks', " + coderId(bob, "bob") + ", 'now', 'now')");
        }
    }

    @Test
    void withBlindModeOffCodersSeeEveryLayer() throws SQLException {
        setBlind("false");
        try (Connection alice = session("alice", "alice-pw")) {
            assertThat(count(alice, "SELECT count(*) FROM segments")).isEqualTo(3);
            assertThat(count(alice, "SELECT count(*) FROM memos")).isEqualTo(1);
        }
    }

    @Test
    void inBlindModeACoderSeesOnlyTheirOwnPassagesAndMemosEvenWithPlainSql() throws SQLException {
        setBlind("true");
        try (Connection alice = session("alice", "alice-pw"); Connection bob = session("bob", "bob-pw")) {
            assertThat(coderNames(alice)).containsOnly(project + "_alice");
            assertThat(count(alice, "SELECT count(*) FROM segments")).isEqualTo(2);
            assertThat(count(alice, "SELECT count(*) FROM memos")).isZero();
            assertThat(coderNames(bob)).containsOnly(project + "_bob");
            assertThat(count(bob, "SELECT count(*) FROM memos")).isEqualTo(1);
            // A temporary table of one's own cannot stand in for the project's coders or settings.
            alice.createStatement().execute("CREATE TEMP TABLE coders(id BIGINT, name TEXT)");
            alice.createStatement().execute("CREATE TEMP TABLE settings(key TEXT, value TEXT)");
            assertThat(count(alice, "SELECT count(*) FROM " + project + ".segments")).isEqualTo(2);
            // Nor can the coder switch blind mode off or read through another role.
            assertThatThrownBy(() -> alice.createStatement().execute("UPDATE " + project
                    + ".settings SET value = 'false'")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> alice.createStatement().execute("SET ROLE " + project + "_lead"))
                    .hasMessageContaining("permission denied");
        }
        try (Connection lead = session("lena", "lena-pw"); Connection reader = session("rita", "rita-pw")) {
            assertThat(count(lead, "SELECT count(*) FROM segments")).isEqualTo(3);
            assertThat(count(reader, "SELECT count(*) FROM segments")).isEqualTo(3);
        }
        setBlind("false");
    }

    @Test
    void aCoderWritesOnlyTheirOwnLayer() throws SQLException {
        try (Connection alice = session("alice", "alice-pw")) {
            long bobId = coderId(alice, "bob");
            assertThatThrownBy(() -> alice.createStatement().execute("INSERT INTO segments(document_id, start_offset, "
                    + "end_offset, code_id, coder_id, created) VALUES (" + document + ", 60, 70, " + code + ", " + bobId
                    + ", 0)")).hasMessageContaining("row-level security");
            assertThat(alice.createStatement().executeUpdate("DELETE FROM segments WHERE coder_id = " + bobId))
                    .isZero();
            assertThat(alice.createStatement().executeUpdate("UPDATE segments SET end_offset = 45 WHERE coder_id = "
                    + bobId)).isZero();
            assertThatThrownBy(() -> alice.createStatement().execute("INSERT INTO codes(name) VALUES ('Mine')"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> alice.createStatement().execute("DELETE FROM documents"))
                    .hasMessageContaining("permission denied");
        }
        try (Connection lead = session("lena", "lena-pw")) {
            assertThat(count(lead, "SELECT count(*) FROM segments")).isEqualTo(3);
        }
    }

    @Test
    void theReaderCannotWriteAnyTable() throws SQLException {
        try (Connection reader = session("rita", "rita-pw")) {
            List<String> tables = tables(reader);
            assertThat(tables).contains("segments", "codes", "documents", "memos", "settings", "coders");
            for (String table : tables) {
                assertThatThrownBy(() -> reader.createStatement().execute("DELETE FROM " + table))
                        .as(table).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> reader.createStatement().execute("INSERT INTO " + table
                        + " DEFAULT VALUES")).as(table).hasMessageContaining("permission denied");
            }
            assertThat(count(reader, "SELECT count(*) FROM codes")).isEqualTo(1);
        }
    }

    @Test
    void noOneOutsideTheProjectReadsIt() throws SQLException {
        String stranger = project + "_x";
        try (Connection admin = admin()) {
            admin.createStatement().execute("CREATE ROLE " + stranger + " LOGIN PASSWORD 'x-pw'");
        }
        try (Connection other = TestServer.plainSession(database, stranger, "x-pw")) {
            assertThatThrownBy(() -> other.createStatement().executeQuery("SELECT count(*) FROM " + project
                    + ".segments")).hasMessageContaining("permission denied");
        }
        assertThatThrownBy(() -> session("alice", "wrong")).hasMessageContaining("password authentication failed");
    }

    @Test
    void initAgainChangesNothingAndKeepsTheData() throws SQLException {
        TeamAdmin.Prepared again = ProjectStores.teamAdmin().init(url, null);
        assertThat(again.schemaVersion()).isEqualTo(org.parallax.store.jdbc.Migrations.latest());
        assertThat(again.groupRoles()).containsExactly(project + "_lead", project + "_coder", project + "_reader");
        try (Connection lead = session("lena", "lena-pw")) {
            assertThat(count(lead, "SELECT count(*) FROM segments")).isEqualTo(3);
        }
    }

    @Test
    void theServerHasTheSameTablesAndColumnsAsAProjectFile(@TempDir Path dir) throws SQLException {
        Path file = dir.resolve("test.parallax");
        TestProjects.table1(dir).close();
        Map<String, TreeSet<String>> sqlite = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            // The packs of passages are a copy a project file keeps for itself (decision 34): a server keeps none,
            // its row security hiding other coders' passages that one pack per document would show. The file's save
            // number tells a journal put beside it from another moment's copy: a server has no journal beside a file.
            for (String table : names(c, "SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' AND name NOT IN ('segment_packs', 'file_generation')")) {
                sqlite.put(table, new TreeSet<>(names(c, "SELECT name FROM pragma_table_info('" + table + "')")));
            }
        }
        Map<String, TreeSet<String>> server = new TreeMap<>();
        try (Connection c = admin()) {
            var st = c.prepareStatement("SELECT table_name, column_name FROM information_schema.columns "
                    + "WHERE table_schema = ? AND table_name NOT IN ('schema_version', 'applied_actions')");
            st.setString(1, project);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    // The one column PostgreSQL keeps for itself: the anchors' insertion order (SQLite's rowid).
                    if (!(rs.getString(1).equals("code_anchors") && rs.getString(2).equals("added"))) {
                        server.computeIfAbsent(rs.getString(1), t -> new TreeSet<>()).add(rs.getString(2));
                    }
                }
            }
        }
        assertThat(server).isEqualTo(sqlite);
        // publish and pull copy every table a project has
        assertThat(new TreeSet<>(ProjectCopy.TABLES)).isEqualTo(sqlite.keySet());
    }

    private static Connection session(String who, String password) throws SQLException {
        Connection c = TestServer.plainSession(database, project + "_" + who, password);
        c.createStatement().execute("SET search_path TO " + project);
        return c;
    }

    private static Connection admin() throws SQLException {
        Connection c = TestServer.plainSession(database, TestServer.adminUser(database), null);
        c.createStatement().execute("SET search_path TO " + project);
        return c;
    }

    private static void setBlind(String on) throws SQLException {
        team.setBlind(on);
    }

    private static long codePassage(Connection c, String who, int start, int end) throws SQLException {
        return team.codePassage(c, who, start, end);
    }

    private static long coderId(Connection c, String who) throws SQLException {
        return team.coderId(c, who);
    }

    private static List<String> coderNames(Connection c) throws SQLException {
        return names(c, "SELECT DISTINCT c.name FROM segments s JOIN coders c ON c.id = s.coder_id");
    }

    private static List<String> tables(Connection c) throws SQLException {
        return names(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + project + "'");
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> names(Connection c, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
