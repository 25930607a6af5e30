package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * A team URL where a project file is wanted (or the other way round), libpq's {@code postgres://} scheme and a bad
 * port: each is one line saying what is wrong, and nothing is created. They used to be read as paths
 * ("postgresql:/alice@host/…: no such project file", "No backups of postgres?project=p in …") or answered by the
 * driver ("Unable to parse URL jdbc:postgresql://…"). Needs no server: nothing here may reach one.
 */
class TeamUrlMistakesCliTest {
    private static final String URL = "postgresql://alice@127.0.0.1:1/research?project=p1";

    @TempDir
    Path dir;

    @Test
    void aTeamUrlWhereAFileIsWantedIsRefusedSayingWhatToDoInstead() throws Exception {
        Path file = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("sample.parallax"));
        String[][] commands = {
            {"restore", URL},
            {"restore", URL, file.toString()},
            {"new", URL},
            {"team", "publish", URL, file.toString()},
            {"team", "push", URL, file.toString()},
            {"team", "pull", URL, "postgres://alice@127.0.0.1:1/research?project=p2"},
        };
        for (String[] command : commands) {
            Cli run = Cli.parallax((Object[]) command);
            String what = String.join(" ", command);
            assertThat(run.exit()).as(what).isEqualTo(1);
            assertThat(run.err()).as(what).hasLineCount(1).contains("is a team project's URL", "project file")
                    .doesNotContain("Exception", "postgresql:/alice", "no such project file");
        }
        assertThat(Cli.parallax("restore", URL).err()).contains("pg_restore");
        assertThat(Cli.parallax("team", "push", URL, file).err()).contains("the offline copy first, then the URL");
        assertThat(Path.of("postgresql:")).doesNotExist();
        assertThat(Path.of("postgres:")).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("sample.parallax");
        }
    }

    @Test
    void libpqsShortSchemeIsATeamUrlAndABadPortIsNamed() {
        Cli shortScheme = Cli.parallax("docs", "postgres://alice@127.0.0.1:1/research?project=p1");
        assertThat(shortScheme.exit()).isEqualTo(1);
        assertThat(shortScheme.err()).hasLineCount(1).contains("cannot reach the server")
                .doesNotContain("no such project file");
        for (String port : new String[] {"99999", "abc"}) {
            Cli run = Cli.parallax("docs", "postgresql://alice@127.0.0.1:" + port + "/research?project=p1");
            assertThat(run.exit()).as(port).isEqualTo(1);
            assertThat(run.err()).as(port).hasLineCount(1)
                    .contains("the port must be a number from 1 to 65535, not '" + port + "'")
                    .doesNotContain("jdbc", "host name");
        }
    }
}
