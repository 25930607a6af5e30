package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * A file an earlier release left with one coding key on two codes, published as a team project: on the server, as
 * on the file ({@link CodingKeyClashCliTest}), the check names the clash with its mend, every export works, and a
 * codebook export and an import with --replace mend it.
 */
@NeedsTestServer
class TeamCodingKeyClashCliTest {
    @TempDir
    Path dir;

    @Test
    void theServerNamesAKeyOnTwoCodesExportsEverythingAndTheCodebookRoundTripMendsIt() throws Exception {
        Path file = CodingKeyClashCliTest.fileWithAKeyOnTwoCodes(dir);
        String url = TestServer.withProject(TestServer.freshDatabase(), TestServer.freshProjectName("keys"));
        Cli publish = Cli.parallax("team", "publish", file, url);
        assertThat(publish.exit()).as(publish.err()).isZero();

        Cli check = Cli.parallax("check", url);
        assertThat(check.exit()).as(check.err()).isOne();
        assertThat(check.out().lines().filter(l -> l.startsWith("coding key 1: ")).toList()).singleElement()
                .asString().contains("“Balance of power”", "“Perception of threatening behavior”",
                        "it codes 4 “Balance of power”", "parallax codebook export",
                        "parallax codebook import --replace ");

        Path json = dir.resolve("codebook.json");
        Cli export = Cli.parallax("codebook", "export", url, json);
        assertThat(export.err()).isEmpty();
        assertThat(export.exit()).isZero();
        CodingKeyClashCliTest.everyExportWorks(url, dir);

        Cli mend = Cli.parallax("codebook", "import", "--replace", url, json);
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
