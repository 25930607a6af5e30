package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * {@code memos --coder nobody} listed no memo with exit code 0, as if the coder had written none, and a coder's name
 * in another case ("ANALYST" for analyst) was refused by segments and tally while memos matched it and the
 * pseudonym rules read it as the same person; {@code code --coder} in another case started a second layer beside
 * the coder's. Every command that takes a coder's name now finds it in any case and refuses one that is nobody's,
 * listing the coders.
 */
class CoderFiltersCliTest {
    private static final String CODERS = "; coders: [analyst, second-coder]";

    @TempDir
    Path dir;

    @Test
    void aNameThatIsNobodysIsRefusedByEveryCommandNamingTheCoders() {
        Path project = TestProjects.sampleCopy(dir);
        String line = "error: No coder named 'nobody' in sample.parallax" + CODERS;

        for (String[] command : new String[][] {{"memos", "--coder"}, {"segments", "--coder"}, {"tally", "--coder"},
            {"timeline", "--coder"}, {"cooccurrence", "--coder"}, {"report", "--coder"}}) {
            Cli refused = command[0].equals("report")
                    ? Cli.parallax("report", project, dir.resolve("r.html"), command[1], "nobody")
                    : Cli.parallax(command[0], project, command[1], "nobody");
            assertThat(refused.exit()).as(command[0]).isEqualTo(1);
            assertThat(refused.out()).as(command[0]).isEmpty();
            assertThat(refused.err().strip()).as(command[0]).isEqualTo(line);
        }
        Cli agreement = Cli.parallax("agreement", project, "--coders", "analyst,nobody");
        assertThat(agreement.err().strip()).isEqualTo(line);
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void aCodersNameInAnotherCaseIsThatCoderInEveryListing() {
        Path project = TestProjects.sampleCopy(dir);

        for (String command : new String[] {"memos", "segments", "tally", "timeline", "cooccurrence"}) {
            String asWritten = Cli.ok(command, project, "--coder", "second-coder", "--format", "csv").out();
            assertThat(Cli.ok(command, project, "--coder", "Second-Coder", "--format", "csv").out()).as(command)
                    .isEqualTo(asWritten);
        }
        assertThat(Cli.ok("memos", project, "--coder", "ANALYST", "--format", "csv").out().lines().skip(1))
                .isNotEmpty().allSatisfy(row -> assertThat(row).contains(",analyst,"));
        assertThat(Cli.ok("segments", project, "--coder", "ANALYST", "--format", "csv").out().lines().skip(1))
                .isNotEmpty().allSatisfy(row -> assertThat(row).contains(",analyst,"));
        assertThat(Cli.ok("agreement", project, "--coders", "ANALYST,Second-Coder").out())
                .isEqualTo(Cli.ok("agreement", project, "--coders", "analyst,second-coder").out());
    }

    @Test
    void codingUnderACodersNameInAnotherCaseAddsToTheirLayer() {
        Path project = TestProjects.sampleCopy(dir);

        Cli.ok("code", project, "--doc", "1", "--start", "0", "--end", "20", "--code", "Balance of power",
                "--coder", "SECOND-CODER");
        Cli.ok("coders", project, "--active", "Second-Coder");

        assertThat(Cli.ok("coders", project, "--format", "csv").out().lines().skip(1).toList())
                .containsExactly("1,analyst,56,", "2,second-coder,16,yes");
    }
}
