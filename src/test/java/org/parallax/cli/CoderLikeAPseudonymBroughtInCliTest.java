package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.Cli;

/**
 * While the project pseudonymises its coders, a coder named like a pseudonym ("Coder 1") comes in from a file as
 * "Coder 1 (imported)", said in one line: a .qdpx the project exported pseudonymised, imported back, and a second
 * coder's copy merged, made coders "Coder 1" and "Coder 2" beside the coders files name so. Switching pseudonymising on
 * while such a coder exists is refused naming them, with nothing changed.
 */
class CoderLikeAPseudonymBroughtInCliTest {
    @TempDir
    Path dir;

    @Test
    void aPseudonymisedQdpxImportedBackBringsItsUsersRenamed() {
        Path project = AssistantFixture.create(dir, 1, 0, "ann");
        Cli.ok("coders", project, "--pseudonymise-coders", "on");
        Path qdpx = dir.resolve("study.qdpx");
        Cli.ok("export", "qdpx", project, qdpx);

        Cli imported = Cli.ok("import", project, qdpx);

        assertThat(imported.err()).contains("coder 'Coder 1' of study.qdpx is 'Coder 1 (imported)' here: the coders "
                + "are pseudonymised");
        assertThat(Cli.ok("coders", project, "--format", "csv").out()).contains(",Coder 1 (imported),")
                .doesNotContain(",Coder 1,");
    }

    @Test
    void aSecondCodersCopyMergedBringsACoderLikeAPseudonymRenamed() throws Exception {
        Path project = AssistantFixture.create(dir, 1, 0, "ann");
        Path copy = Files.copy(project, dir.resolve("copy.parallax"));
        Cli.ok("code", copy, "--doc", "1", "--start", "0", "--end", "10", "--code", AssistantFixture.POWER,
                "--coder", "Coder 2", "--memo", "Read as a threat");
        Cli.ok("coders", project, "--pseudonymise-coders", "on");

        Cli merged = Cli.ok("merge", project, copy);

        assertThat(merged.out()).contains("1 passage added (9 already present) for ann, Coder 2 (imported)")
                .contains("coder 'Coder 2' of copy.parallax is 'Coder 2 (imported)' here");
        assertThat(Cli.ok("coders", project, "--format", "csv").out()).contains(",Coder 2 (imported),")
                .doesNotContain(",Coder 2,");
        assertThat(Cli.ok("memos", project, "--format", "csv").out()).as("the memo came with its passage")
                .contains("Read as a threat");
    }

    @Test
    void pseudonymisingIsRefusedWhileACoderIsCalledLikeAPseudonym() {
        Path project = AssistantFixture.create(dir, 1, 0, "ann");
        Cli.ok("code", project, "--doc", "1", "--start", "0", "--end", "10", "--code", AssistantFixture.POWER,
                "--coder", "coder7");

        Cli on = Cli.parallax("coders", project, "--pseudonymise-coders", "on");

        assertThat(on.exit()).isNotZero();
        assertThat(on.err().strip()).doesNotContain("\n").doesNotContain("Exception").contains("'coder7'")
                .contains("called like a pseudonym").contains("nothing was changed");
        assertThat(Cli.ok("coders", project).out()).contains("pseudonymise coders off");
    }
}
