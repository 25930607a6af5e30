package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * A blind second coder was sent the whole project file (docs/getting-started.md §5), the first coder's passages,
 * memos and Table 1 in it, hidden only while they kept blind mode on: {@code parallax blind-copy} writes a copy with
 * the documents and codebook alone, and {@code parallax merge} brings the second coder's passages back as their layer.
 */
class BlindCopyCliTest {
    @TempDir
    Path dir;

    @Test
    void theSecondCodersCopyHoldsNoPassagesAndComesBackAsTheirLayer() {
        Path project = TestProjects.sampleCopy(dir);
        Path copy = dir.resolve("for-maria.parallax");
        String passagesBefore = Cli.ok("segments", project, "--format", "csv").out();

        Cli written = Cli.ok("blind-copy", project, copy);

        assertThat(written.out()).startsWith("Wrote for-maria.parallax for a second coder: 15 documents with their "
                + "details and the codebook").contains("Left out: ").contains(" passages and ")
                .contains("parallax merge " + project.toAbsolutePath() + " " + copy.toAbsolutePath());
        assertThat(Cli.ok("segments", copy, "--format", "csv").out().lines().count()).as("header only").isEqualTo(1);
        assertThat(Cli.ok("memos", copy, "--format", "csv").out().lines().count()).isEqualTo(1);
        assertThat(Cli.ok("coders", copy).out()).doesNotContain("analyst").doesNotContain("second-coder");

        Cli.ok("coders", copy, "--active", "maria");
        Cli.ok("code", copy, "--doc", "1", "--start", "0", "--end", "20", "--code", "Balance of power");
        Cli merged = Cli.ok("merge", project, copy);

        assertThat(merged.out()).contains("1 passage added (0 already present) for maria");
        assertThat(Cli.ok("merge", project, copy).out()).contains("0 passages added (1 already present)");
        assertThat(Cli.ok("segments", project, "--coder", "maria", "--format", "csv").out().lines().count())
                .isEqualTo(2);
        assertThat(Cli.ok("segments", project, "--format", "csv").out().lines().count())
                .isEqualTo(passagesBefore.lines().count() + 1);
        assertThat(Cli.ok("tally", project, "--coder", "maria", "--format", "csv").out()).contains("1");
        assertThat(Cli.ok("agreement", project, "--coders", "analyst,maria").exit()).isZero();
    }

    @Test
    void aCopyOverAFileThatIsThereIsRefusedInOneLine() {
        Path project = TestProjects.sampleCopy(dir);

        Cli refused = Cli.parallax("blind-copy", project, project);

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("error: sample.parallax: already exists (choose another name; "
                + "nothing was written)");
    }
}
