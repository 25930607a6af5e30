package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/** Every project command takes a team project's URL in place of a file and reports the same. */
@NeedsTestServer
class TeamProjectCliTest {
    @TempDir
    Path dir;

    @Test
    void readingCommandsReportOnTheServerWhatTheyReportOnTheFile() throws Exception {
        Path file = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("sample.parallax"));
        String url = TestServer.withProject(TestServer.freshDatabase(), TestServer.freshProjectName("cli"));
        assertThat(Cli.parallax("team", "publish", file, url).exit()).isZero();
        for (String[] command : new String[][] {{"docs"}, {"tally"}, {"codes"}, {"segments", "--format", "csv"},
                {"memos", "--format", "csv"}, {"tally", "--cols", "actor", "--measure", "documents"},
                {"timeline", "--by", "year"}, {"agreement", "--coders", "analyst,second-coder"}}) {
            Cli onFile = run(command, file.toString());
            Cli onServer = run(command, url);
            assertThat(onServer.err()).as(String.join(" ", command)).isEqualTo(onFile.err());
            assertThat(onServer.out()).as(String.join(" ", command)).isEqualTo(onFile.out());
        }
    }

    @Test
    void writingCommandsChangeTheServerAndFileOnlyThingsAreRefusedInWords() throws Exception {
        Path file = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("sample.parallax"));
        String url = TestServer.withProject(TestServer.freshDatabase(), TestServer.freshProjectName("cliw"));
        assertThat(Cli.parallax("team", "publish", file, url).exit()).isZero();

        Cli code = Cli.parallax("code", url, "--doc", 1, "--start", 0, "--end", 20, "--code", "Balance of power");
        assertThat(code.exit()).as(code.err()).isZero();
        assertThat(Cli.parallax("segments", url, "--doc", 1).out()).contains(TestServer.adminUser(url));
        assertThat(Cli.parallax("check", url).out()).contains(url + ": no problems found (15 documents, 72 passages)");

        assertThat(Cli.parallax("coders", url, "--blind", "on").exit()).isZero();
        assertThat(Cli.parallax("coders", url).out()).contains("blind mode on");

        Cli backup = Cli.parallax("backup", url);
        assertThat(backup.exit()).isEqualTo(1);
        assertThat(backup.err()).contains("is a team project", "pg_dump").doesNotContain("Exception");

        Cli noProject = Cli.parallax("docs", TestServer.withProject(url.substring(0, url.indexOf('?')), "absent"));
        assertThat(noProject.err()).contains("no team project absent there", "team init");
    }

    @Test
    void publishingNamesTheCodersNoLoginCanBe() throws Exception {
        Path file = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("sample.parallax"));
        String clean = TestServer.withProject(TestServer.freshDatabase(), TestServer.freshProjectName("pubok"));
        Cli plain = Cli.parallax("team", "publish", file, clean);
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(plain.err()).isEmpty();

        assertThat(Cli.parallax("coders", file, "--active", "Анна Петрова").exit()).isZero();
        assertThat(Cli.parallax("code", file, "--doc", 1, "--start", 0, "--end", 20, "--code", "Balance of power")
                .exit()).isZero();
        String url = TestServer.withProject(TestServer.freshDatabase(), TestServer.freshProjectName("pubname"));
        Cli publish = Cli.parallax("team", "publish", file, url);
        assertThat(publish.exit()).as(publish.err()).isZero();
        assertThat(publish.err().lines().toList()).singleElement().asString()
                .startsWith("note: coder 'Анна Петрова' cannot be a login name").contains("nobody can log in");
        assertThat(Cli.parallax("segments", url, "--format", "csv").out()).contains("Анна Петрова");
    }

    private static Cli run(String[] command, String project) {
        Object[] args = new Object[command.length + 1];
        args[0] = command[0];
        args[1] = project;
        System.arraycopy(command, 1, args, 2, command.length - 1);
        return Cli.parallax(args);
    }
}
