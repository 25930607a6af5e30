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
 * {@code --user NAME} on the project commands: the login of a team project whose URL names none; refused in one
 * line when the URL names another user, and for a project file, which has no logins.
 */
@NeedsTestServer
class TeamUserOptionCliTest {
    @TempDir
    Path dir;

    @Test
    void theUserOptionLogsInWhenTheUrlNamesNoneAndIsRefusedWhenItContradictsIt() throws Exception {
        Path file = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("sample.parallax"));
        String url = TestServer.withProject(TestServer.freshDatabase(), TestServer.freshProjectName("user"));
        assertThat(Cli.parallax("team", "publish", file, url).exit()).isZero();
        String admin = TestServer.adminUser(url);
        String withoutUser = url.replaceFirst("//[^@]+@", "//");

        Cli code = Cli.parallax("code", withoutUser, "--user", admin, "--doc", 1, "--start", 0, "--end", 20,
                "--code", "Balance of power");
        assertThat(code.exit()).as(code.err()).isZero();
        Cli segments = Cli.parallax("segments", withoutUser, "--user", admin, "--doc", 1, "--format", "csv");
        assertThat(segments.out()).contains("," + admin + ",");
        assertThat(Cli.parallax("code", url, "--user", admin, "--doc", 1, "--start", 30, "--end", 40, "--code",
                "Balance of power").exit()).isZero();

        Cli stranger = Cli.parallax("docs", withoutUser, "--user", "nobody_here");
        assertThat(stranger.exit()).isEqualTo(1);
        assertThat(stranger.err()).contains("postgresql://nobody_here@").doesNotContain("Exception")
                .hasLineCount(1);

        Cli contradicting = Cli.parallax("docs", url, "--user", "someone_else");
        assertThat(contradicting.exit()).isEqualTo(1);
        assertThat(contradicting.err()).contains("the URL logs in as " + admin + " and --user says someone_else")
                .hasLineCount(1);
        Cli teamContradicting = Cli.parallax("team", "pull", url, dir.resolve("copy.parallax"), "--user", "someone_else");
        assertThat(teamContradicting.err()).contains("name the user once");
        assertThat(dir.resolve("copy.parallax")).doesNotExist();

        Cli onFile = Cli.parallax("docs", file, "--user", admin);
        assertThat(onFile.exit()).isEqualTo(1);
        assertThat(onFile.err()).contains("a project file has none").hasLineCount(1);
    }
}
