package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * A file an earlier release left with one coding key on two codes, published as a team project: on the server, as
 * on the file ({@link CodingKeyClashCliTest}), the check names the clash with its mend, every export works, and a
 * codebook export and import mend it.
 */
@NeedsTestServer
class TeamCodingKeyClashCliTest {
    private static final Path OLDER_SAMPLE = Path.of("src/test/resources/older/sample-schema-3.parallax");

    @TempDir
    Path dir;

    @Test
    void theServerNamesAKeyOnTwoCodesExportsEverythingAndTheCodebookRoundTripMendsIt() throws Exception {
        Path file = Files.copy(OLDER_SAMPLE, dir.resolve("p.parallax"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE codes SET shortcut=1 WHERE name='Perception of threatening behavior'"))
                    .isOne();
        }
        assertThat(Cli.parallax("backup", file).exit()).isZero();
        String url = TestServer.withProject(TestServer.freshDatabase(), TestServer.freshProjectName("keys"));
        Cli publish = Cli.parallax("team", "publish", file, url);
        assertThat(publish.exit()).as(publish.err()).isZero();

        Cli check = Cli.parallax("check", url);
        assertThat(check.exit()).as(check.err()).isOne();
        assertThat(check.out().lines().filter(l -> l.startsWith("coding key 1: ")).toList()).singleElement()
                .asString().contains("“Balance of power”", "“Perception of threatening behavior”",
                        "it codes 4 “Balance of power”", "parallax codebook export");

        Path json = dir.resolve("codebook.json");
        Cli export = Cli.parallax("codebook", "export", url, json);
        assertThat(export.err()).isEmpty();
        assertThat(export.exit()).isZero();
        for (String[] kind : new String[][] {{"csv", "p.csv"}, {"xlsx", "p.xlsx"}, {"qdpx", "p.qdpx"},
            {"qdc", "p.qdc"}, {"quotes", "quotes.csv"}, {"table", "table.csv"}}) {
            Cli other = Cli.parallax("export", kind[0], url, dir.resolve(kind[1]));
            assertThat(other.exit()).as(kind[0] + ": " + other.err()).isZero();
        }

        Cli mend = Cli.parallax("codebook", "import", url, json);
        assertThat(mend.exit()).as(mend.err()).isZero();
        Cli checked = Cli.parallax("check", url);
        assertThat(checked.exit()).as(checked.out()).isZero();
        Cli codes = Cli.parallax("codes", url, "--format", "csv");
        assertThat(codes.out().lines().filter(l -> l.contains("Perception of threatening behavior")).findFirst())
                .hasValueSatisfying(l -> assertThat(l.split(",", -1)[4]).isEmpty());
        assertThat(codes.out().lines().filter(l -> l.contains("Balance of power")).findFirst())
                .hasValueSatisfying(l -> assertThat(l.split(",", -1)[4]).isEqualTo("1"));
    }
}
