package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * `tally --pseudonymise` and `agreement --pseudonymise` printed their tables with the coders as Coder 1 and Coder 2,
 * then named them under the table: "Counting analyst and second-coder, not consensus …", "Compared analyst and
 * second-coder …", "3 of 15 documents compared: those both analyst and second-coder coded" — the logins the listing
 * had just replaced, in the output a script redirects into a file. The lines under a pseudonymised listing carry its
 * pseudonyms.
 */
class PseudonymisedListingNotesCliTest {
    @TempDir
    Path dir;

    @Test
    void theLinesUnderAPseudonymisedListingNameTheCodersByTheirPseudonyms() {
        Path project = TestProjects.sampleCopy(dir);
        Cli.ok("document", project, "1", "--attr", "speaker=Sergei Volkov");
        Cli.ok("sensitive", project, "speaker");
        Cli.ok("coders", project, "--pseudonymise-coders", "on");

        Cli tally = Cli.ok("tally", project, "--pseudonymise");
        Cli agreement = Cli.ok("agreement", project, "--pseudonymise");

        assertThat(tally.out()).contains("Counting Coder 1 and Coder 2").doesNotContain("analyst")
                .doesNotContain("second-coder");
        assertThat(agreement.out()).contains("Compared Coder 1 and Coder 2").doesNotContain("analyst")
                .doesNotContain("second-coder");
        assertThat(Cli.ok("tally", project).out()).as("a listing not pseudonymised names them")
                .contains("Counting analyst and second-coder");
    }
}
