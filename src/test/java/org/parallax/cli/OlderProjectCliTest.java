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
 * A project written by an older Parallax (schema 3: the sample as it shipped until it was rebuilt). Commands that
 * only read a project — merging a colleague's file, check, listings of process tracing, the assistant's
 * evaluation — work on such a file without changing it, instead of refusing it as "needs an upgrade, which cannot
 * be written"; so does a backup taken before an upgrade, which must list with its counts and restore.
 */
class OlderProjectCliTest {
    private static final Path OLDER_SAMPLE = Path.of("src/test/resources/older/sample-schema-3.parallax");

    @TempDir
    Path dir;

    @Test
    void aColleaguesOlderProjectMergesAndReadOnlyCommandsReadItWithoutChangingIt() throws Exception {
        Path theirs = Files.copy(OLDER_SAMPLE, dir.resolve("theirs.parallax"));
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

    @Test
    void aBackupTakenBeforeAnUpgradeIsListedWithItsCountsAndRestores() throws Exception {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project, "--codebook", "table1").exit()).isZero();
        // a daily backup from before this Parallax
        Path folder = Files.createDirectories(dir.resolve("study.parallax.backups"));
        Files.copy(OLDER_SAMPLE,
                folder.resolve("2020-01-01_10-00-00.000_daily.parallax"));

        Cli list = Cli.parallax("restore", project);
        assertThat(list.exit()).isZero();
        String older = list.out().lines().filter(l -> l.contains("2020-01-01_10-00-00.000_daily")).findFirst()
                .orElseThrow();
        assertThat(older).doesNotContain("older Parallax").contains(" 15 ").contains(" 71 ");

        Cli restore = Cli.parallax("restore", project, "2020-01-01_10-00-00.000_daily.parallax");
        assertThat(restore.err()).isEmpty();
        assertThat(restore.exit()).isZero();
        assertThat(restore.out()).contains("15 documents, 71 passages");
        Cli check = Cli.parallax("check", project);
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(Cli.parallax("docs", project, "--format", "json").out().lines()
                .filter(l -> l.startsWith("  \"id\" : ")).count()).isEqualTo(15);
    }
}
