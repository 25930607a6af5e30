package org.parallax.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * {@code parallax bench --backend postgresql --url …} on the test server, at a small size: every figure of the
 * issue is reported, and the server holds exactly the passages the run says it coded (the times are the bench's
 * business, not this test's).
 */
@NeedsTestServer
class TeamBenchmarkCliTest {
    @Test
    void aSmallRunOnTheServerReportsEveryFigureAndStoresWhatItSays(@TempDir Path work) throws Exception {
        String database = TestServer.freshDatabase();
        String project = TestServer.freshProjectName("bench");
        Cli bench = Cli.parallax("bench", "--backend", "postgresql", "--url", TestServer.withProject(database, project),
                "--documents", 10, "--document-bytes", 5_000, "--segments", 1_000, "--repetitions", 3,
                "--work-folder", work, "--format", "csv");
        assertThat(bench.exit()).as(bench.err()).isZero();
        for (String figure : new String[] {TeamBenchmark.OPEN, TeamBenchmark.CODE_ONE, TeamBenchmark.CODE_BATCH,
            TeamBenchmark.TABLE1_FIRST, TeamBenchmark.TABLE1, TeamBenchmark.NOTIFY}) {
            assertThat(bench.out()).as(figure).contains(figure);
        }
        long batch = Stream.of(bench.out().split("\n")).filter(l -> l.startsWith("Passages stored in the batch"))
                .map(l -> l.substring("Passages stored in the batch".length()).replaceAll("[^0-9]", "")).mapToLong(Long::parseLong).findFirst().orElseThrow();
        assertThat(batch).isBetween(900L, 1_000L);
        try (Connection admin = TestServer.plainSession(database, TestServer.adminUser(database), null);
                ResultSet rs = admin.createStatement().executeQuery("SELECT count(*) FROM " + project + ".segments")) {
            rs.next();
            // 200 coded one by one, the batch, and 20 coded while another client listened.
            assertThat(rs.getLong(1)).isEqualTo(200 + batch + 20);
        }
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("temporary folder deleted").isEmpty();
        }
    }

    @Test
    void thePostgresqlBackendNeedsAUrlAndAFileBackendTakesNone() {
        Cli noUrl = Cli.parallax("bench", "--backend", "postgresql");
        assertThat(noUrl.exit()).isEqualTo(2);
        assertThat(noUrl.err()).contains("--backend postgresql needs --url").doesNotContain("Exception");
        Cli urlWithoutBackend = Cli.parallax("bench", "--url", "postgresql://h/db?project=p");
        assertThat(urlWithoutBackend.exit()).isEqualTo(2);
        assertThat(urlWithoutBackend.err()).contains("--url needs --backend postgresql");
    }
}
