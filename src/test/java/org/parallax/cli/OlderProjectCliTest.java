package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * The shipped sample was written by an older Parallax (schema 3). Commands that only read a project — merging a
 * colleague's file, check, listings of process tracing, the assistant's evaluation — work on such a file
 * without changing it, instead of refusing it as "needs an upgrade, which cannot be written".
 */
class OlderProjectCliTest {
    @TempDir
    Path dir;

    @Test
    void aColleaguesOlderProjectMergesAndReadOnlyCommandsReadItWithoutChangingIt() throws Exception {
        Path theirs = TestProjects.sampleCopy(dir);
        byte[] before = Files.readAllBytes(theirs);
        Path mine = dir.resolve("mine.parallax");
        assertThat(Cli.parallax("new", mine, "--codebook", "table1").exit()).isZero();
        List<Object> importArgs = new ArrayList<>(List.of("import", mine));
        importArgs.addAll(TestProjects.sampleTexts());
        importArgs.addAll(List.of("--metadata", TestProjects.SAMPLES.resolve("metadata.csv")));
        assertThat(Cli.parallax(importArgs.toArray()).exit()).isZero();

        Cli merge = Cli.parallax("merge", mine, theirs);
        assertThat(merge.err()).doesNotContain("older Parallax");
        assertThat(merge.exit()).isZero();
        Matcher added = Pattern.compile("(\\d+) passages added").matcher(merge.out());
        assertThat(added.find()).as(merge.out()).isTrue();
        long merged = Long.parseLong(added.group(1));
        assertThat(merged).isPositive();
        Cli segments = Cli.parallax("segments", mine, "--format", "json");
        assertThat(segments.out().lines().filter(l -> l.startsWith("  \"id\" : ")).count()).isEqualTo(merged);

        Cli check = Cli.parallax("check", theirs);
        assertThat(check.err()).doesNotContain("older Parallax");
        assertThat(check.exit()).isZero();
        Cli hypotheses = Cli.parallax("hypotheses", theirs);
        assertThat(hypotheses.err()).isEmpty();
        assertThat(hypotheses.exit()).isZero();

        assertThat(Files.readAllBytes(theirs)).as("the colleague's file is left as it was").isEqualTo(before);
    }
}
