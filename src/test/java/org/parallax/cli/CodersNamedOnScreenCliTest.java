package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.Cli;

/**
 * One rule for a project that pseudonymises its coders: a listing printed on screen names them as the project and the
 * window do, by name; one written to be passed on (with --pseudonymise, or a workbook) names them as files do. `memos`
 * printed Coder 1, Coder 2, … on screen where `segments` and `agreement` printed the names.
 */
class CodersNamedOnScreenCliTest {
    @TempDir
    Path dir;

    @Test
    void everyListingNamesTheCodersOnScreenAndByPseudonymWhenWritten() {
        Path project = AssistantFixture.create(dir, 1, 0, "ann");
        Cli.ok("code", project, "--doc", "1", "--start", "0", "--end", "10", "--code", AssistantFixture.POWER,
                "--coder", "bob", "--memo", "Read as a threat");
        Cli.ok("coders", project, "--pseudonymise-coders", "on");
        Cli.ok("document", project, "1", "--attr", "speaker=Oleg Berg");
        Cli.ok("sensitive", project, "speaker");
        String bob = Cli.ok("coders", project, "--format", "csv").out().lines().filter(l -> l.contains(",bob,"))
                .findFirst().orElseThrow().replaceAll(".*(Coder \\d+).*", "$1");

        for (List<String> listing : List.of(List.of("memos"), List.of("segments"),
                List.of("agreement", "--coders", "ann,bob"))) {
            String onScreen = Cli.ok(args(listing, project)).out();
            String pseudonymised = Cli.ok(args(listing, project, "--pseudonymise")).out();

            assertThat(onScreen).as(listing + " on screen").contains("bob").doesNotContain(bob);
            assertThat(pseudonymised).as(listing + " --pseudonymise").contains(bob).doesNotContain("bob");
        }
    }

    private static Object[] args(List<String> listing, Path project, String... more) {
        List<Object> args = new java.util.ArrayList<>(List.of(listing.get(0), project));
        args.addAll(listing.subList(1, listing.size()));
        args.addAll(List.of("--format", "csv"));
        args.addAll(List.of(more));
        return args.toArray();
    }
}
