package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.Cli;

/**
 * While the project pseudonymises its coders, a new coder's name that is or reads as a pseudonym the project gives
 * ("Coder 7", "coder 2", "CODER7") is refused in one line saying why, and no coder is added: files would name that
 * person and the coder the project numbered so alike, two people as one. `code --coder "Coder 7"` was accepted as a
 * new real coder. A coder's own name, and such a name while coders are not pseudonymised, are taken as before.
 */
class PseudonymAsANewCoderCliTest {
    @TempDir
    Path dir;

    @Test
    void aNewCoderNamedLikeAPseudonymIsRefusedWhileCodersArePseudonymised() {
        Path project = AssistantFixture.create(dir, 1, 0, "ann");
        Cli.ok("coders", project, "--pseudonymise-coders", "on");
        String before = Cli.ok("coders", project, "--format", "csv").out();
        for (String name : new String[] {"Coder 7", "coder 2", "CODER7", " Coder  12 "}) {
            Cli code = Cli.parallax("code", project, "--doc", "1", "--start", "0", "--end", "10", "--code",
                    AssistantFixture.POWER, "--coder", name);
            assertThat(code.exit()).as(name).isNotZero();
            assertThat(code.err().strip()).as(name).doesNotContain("\n").contains("'" + name.strip() + "'")
                    .contains("pseudonymised").contains("choose another name").doesNotContain("Exception");
            Cli active = Cli.parallax("coders", project, "--active", name);
            assertThat(active.exit()).as(name).isNotZero();
            assertThat(active.err().strip()).as(name).doesNotContain("\n").contains("pseudonymised");
        }
        assertThat(Cli.ok("coders", project, "--format", "csv").out()).as("no coder added").isEqualTo(before);

        Cli.ok("code", project, "--doc", "1", "--start", "0", "--end", "10", "--code", AssistantFixture.POWER,
                "--coder", "ANN");
        Cli.ok("code", project, "--doc", "1", "--start", "0", "--end", "10", "--code", AssistantFixture.POWER,
                "--coder", "Coderre");
        Cli.ok("coders", project, "--pseudonymise-coders", "off");
        Cli.ok("code", project, "--doc", "1", "--start", "0", "--end", "10", "--code", AssistantFixture.POWER,
                "--coder", "Coder 7");
        assertThat(Cli.ok("coders", project, "--format", "csv").out()).contains(",Coder 7,", ",Coderre,")
                .doesNotContain(",ANN,");
    }
}
