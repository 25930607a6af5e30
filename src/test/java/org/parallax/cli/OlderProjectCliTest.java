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

    /**
     * Opening an older project for writing upgraded it in place with no copy of it as it was: the daily backup came
     * after the upgrade, so an older Parallax (a colleague's, or this computer's before an update) could never open
     * the study again. The file as it was is now kept among the backups first, the command says so, and rotation
     * keeps that copy.
     */
    @Test
    void anOlderProjectOpenedForWritingIsKeptAsItWasBeforeItIsUpgraded() throws Exception {
        Path project = Files.copy(OLDER_SAMPLE, dir.resolve("study.parallax"));

        Cli code = Cli.parallax("code", project, "--doc", "1", "--start", "0", "--end", "5", "--code",
                "Balance of power");

        assertThat(code.exit()).as(code.err()).isZero();
        Path folder = dir.resolve("study.parallax.backups");
        List<Path> kept;
        try (var files = Files.list(folder)) {
            kept = files.filter(f -> f.getFileName().toString().endsWith("_before-upgrade-from-schema-3.parallax"))
                    .toList();
        }
        assertThat(kept).hasSize(1);
        assertThat(schemaOf(kept.get(0))).isEqualTo(3);
        // The other note a first coding command may give names the coder of a project made elsewhere.
        assertThat(code.err().lines().filter(l -> !l.contains("recorded as coder")).toList()).singleElement()
                .asString().isEqualTo("note: study.parallax was "
                + "written by an older Parallax (schema 3) and is now upgraded to this version's format, which an older "
                + "Parallax cannot open; the file as it was is kept as study.parallax.backups/"
                + kept.get(0).getFileName() + " (parallax restore lists it)");
        Cli list = Cli.parallax("restore", project);
        assertThat(list.out().lines().filter(l -> l.contains(kept.get(0).getFileName().toString())).findFirst()
                .orElseThrow()).contains(" 15 ").contains(" 71 ");

        Cli again = Cli.parallax("docs", project);
        assertThat(again.err()).isEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().contains("before-upgrade"))).hasSize(1);
        }
    }

    /** The schema version SQLite keeps in the file's header (user_version, bytes 60 to 63). */
    private static int schemaOf(Path file) throws Exception {
        byte[] header = new byte[64];
        try (var in = Files.newInputStream(file)) {
            assertThat(in.readNBytes(header, 0, 64)).isEqualTo(64);
        }
        return java.nio.ByteBuffer.wrap(header, 60, 4).getInt();
    }
}
