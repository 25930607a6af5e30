package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/** Files that are not projects are refused in words, and opening never creates or changes them. */
class ProjectFileCliTest {
    @TempDir
    Path dir;

    @Test
    void aBareNonProjectArgumentSaysSoInsteadOfUnmatchedArgument() throws Exception {
        Path csv = Files.writeString(dir.resolve("notes.csv"), "a,b\n1,2\n");
        Cli bare = Cli.parallax(csv);
        assertThat(bare.exit()).isNotZero();
        assertThat(bare.err()).contains("notes.csv is not a Parallax project").doesNotContain("Unmatched");
        Cli docs = Cli.parallax("docs", csv);
        assertThat(docs.err()).contains("notes.csv is not a Parallax project").doesNotContain("SQLITE");
        assertThat(Files.readString(csv)).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void aZeroByteProjectIsRefusedAndNeverBecomesAnEmptyProject() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.parallax"));
        for (String command : new String[] {"docs", "tally", "check", "backup"}) {
            Cli run = Cli.parallax(command, empty);
            assertThat(run.exit()).as(command).isNotZero();
            assertThat(run.err()).as(command).contains("empty.parallax is empty (0 bytes), not a Parallax project; "
                    + "if it was one, restore a backup: parallax restore ");
        }
        assertThat(Files.size(empty)).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void aMistypedCommandIsNamed() {
        Cli typo = Cli.parallax("imprt");
        assertThat(typo.exit()).isNotZero();
        assertThat(typo.err()).contains("imprt: no such command or file");
    }

    /** What `open` cannot open in the window is explained in one line, as for the file alone; it was "Unmatched argument". */
    @Test
    void openWithSomethingTheWindowCannotOpenSaysWhy() throws Exception {
        Path csv = Files.writeString(dir.resolve("notes.csv"), "a,b\n1,2\n");
        Cli notAProject = Cli.parallax("open", csv);
        assertThat(notAProject.exit()).isEqualTo(1);
        assertThat(notAProject.err()).contains("notes.csv is not a Parallax project").doesNotContain("Unmatched");
        Cli missing = Cli.parallax("open", dir.resolve("notes.txt"));
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("notes.txt: no such file (parallax open takes a project file");
        Cli nothing = Cli.parallax("open");
        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.err()).contains("Missing required parameter: 'PROJECT'");
        assertThat(Cli.parallax("--help").out()).contains("  open ");
        assertThat(Files.readString(csv)).isEqualTo("a,b\n1,2\n");
    }
}
