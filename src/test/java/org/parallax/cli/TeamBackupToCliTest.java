package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * `parallax backup URL --to FILE` on a team project: the server's owner backs a team project up (pg_dump), and a copy
 * to a file here is made with team pull; the command refuses in one line and writes nothing at FILE.
 */
@NeedsTestServer
class TeamBackupToCliTest {
    @TempDir
    Path dir;

    @Test
    void aCopyOfATeamProjectToAFileIsRefusedInOneLineAndNothingIsWritten() throws Exception {
        Path file = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("sample.parallax"));
        String url = TestServer.withProject(TestServer.freshDatabase(), TestServer.freshProjectName("bto"));
        assertThat(Cli.parallax("team", "publish", file, url).exit()).isZero();
        Path usb = Files.createDirectories(dir.resolve("USB stick"));

        Cli backup = Cli.parallax("backup", url, "--to", usb.resolve("team.parallax"));

        assertThat(backup.exit()).isEqualTo(1);
        assertThat(backup.err().lines().toList()).singleElement().asString().startsWith("error: ")
                .contains("a team project is backed up on its server (pg_dump", "team pull").doesNotContain("Exception");
        try (var left = Files.list(usb)) {
            assertThat(left).as("nothing written on the stick").isEmpty();
        }
    }
}
