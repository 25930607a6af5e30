package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.store.ProjectStores;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;
import org.parallax.workbench.Workbench;

/**
 * A passage's time as an integer (schema 14, ADR 0033) on a team server: {@code team init} converts the times a
 * server at schema 13 holds as text, and a project published to a server and pulled back keeps every passage's time
 * both ways.
 */
@NeedsTestServer
class TeamPassageTimesTest {
    private static final Path OLDER = Path.of("src", "test", "resources", "older",
            "passage-times-schema-13.parallax");

    @TempDir
    Path dir;

    @Test
    void teamInitConvertsThePassageTimesTheServerHoldsAsText() throws Exception {
        SpeechProject speech = SpeechProject.create("times");
        try (Connection admin = speech.admin(); var st = admin.createStatement()) {
            long coder = SpeechProject.value(admin, "INSERT INTO coders(name) VALUES ('someone') RETURNING id");
            st.executeUpdate("ALTER TABLE segments ALTER COLUMN created TYPE TEXT");
            st.executeUpdate("ALTER TABLE evidence_passages ALTER COLUMN segment_created TYPE TEXT");
            st.executeUpdate("INSERT INTO segments(document_id, start_offset, end_offset, code_id, coder_id, created) "
                    + "VALUES (" + speech.document() + ", 0, 5, " + speech.code() + ", " + coder + ", "
                    + "'2026-12-03T13:05:44.123456789Z'), (" + speech.document() + ", 6, 9, " + speech.code() + ", "
                    + coder + ", '0001-01-01T00:00:00Z')");
            st.executeUpdate("UPDATE schema_version SET version = 13");
        }

        ProjectStores.teamAdmin().init(speech.url(), null);

        try (Connection admin = speech.admin()) {
            assertThat(columnType(admin, speech.project(), "segments", "created")).isEqualTo("bigint");
            assertThat(columnType(admin, speech.project(), "evidence_passages", "segment_created"))
                    .isEqualTo("bigint");
            assertThat(longs(admin, "SELECT created FROM segments ORDER BY start_offset"))
                    .containsExactly(1_796_303_144_123_456_789L, Long.MIN_VALUE);
        }
    }

    @Test
    void aPublishedProjectAndItsPulledCopyKeepEveryPassagesTime() throws Exception {
        Path original = Files.copy(OLDER, dir.resolve("original.parallax"));
        List<Long> times = new ArrayList<>();
        try (Workbench wb = Workbench.open(original)) {
            wb.coding().segments().forEach(s -> times.add(nanos(s.created())));
        }
        assertThat(times).hasSize(74).contains(Long.MIN_VALUE, Long.MAX_VALUE);
        String database = TestServer.freshDatabase();
        String project = TestServer.freshProjectName("times");
        String url = TestServer.withProject(database, project);
        Cli publish = Cli.parallax("team", "publish", original, url);
        assertThat(publish.exit()).as(publish.err()).isZero();

        try (Connection admin = TestServer.plainSession(database, TestServer.adminUser(database), null)) {
            admin.createStatement().execute("SET search_path TO " + TeamNames.quote(project));
            assertThat(columnType(admin, project, "segments", "created")).isEqualTo("bigint");
            assertThat(longs(admin, "SELECT created FROM segments")).containsExactlyInAnyOrderElementsOf(times);
        }

        Path copy = dir.resolve("copy.parallax");
        Cli pull = Cli.parallax("team", "pull", url, copy);
        assertThat(pull.exit()).as(pull.err()).isZero();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            assertThat(longs(c, "SELECT created FROM segments WHERE typeof(created) = 'integer'"))
                    .containsExactlyInAnyOrderElementsOf(times);
        }
        try (Workbench wb = Workbench.open(copy)) {
            assertThat(wb.check().full()).isEmpty();
        }
    }

    /** Nanoseconds since 1970, computed apart from the store's own conversion. */
    private static long nanos(Instant at) {
        return new BigDecimal(at.getEpochSecond()).movePointRight(9).add(BigDecimal.valueOf(at.getNano()))
                .longValueExact();
    }

    private static String columnType(Connection c, String schema, String table, String column) throws SQLException {
        try (var st = c.prepareStatement("SELECT data_type FROM information_schema.columns WHERE table_schema = ? "
                + "AND table_name = ? AND column_name = ?")) {
            st.setString(1, schema);
            st.setString(2, table);
            st.setString(3, column);
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static List<Long> longs(Connection c, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
