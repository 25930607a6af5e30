package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * `parallax sample --out FILE` rebuilds the sample into FILE. When FILE names a researcher's own project by a
 * slip, that project is kept as a backup first (restore brings it back); a file that is no project is refused.
 */
class SampleOutCliTest {
    @TempDir
    Path dir;

    @Test
    void anExistingProjectIsKeptAsABackupAndAnythingElseIsNotReplaced() throws Exception {
        Path mine = dir.resolve("mine.parallax");
        assertThat(Cli.parallax("new", mine, "--codebook", "table1").exit()).isZero();
        assertThat(Cli.parallax("import", mine, TestProjects.textFile(dir, "mydiplomat.txt",
                "My own interview with a diplomat about the Council.")).exit()).isZero();
        assertThat(Cli.parallax("code", mine, "--doc", "1", "--start", "0", "--end", "20", "--code",
                "Balance of power").exit()).isZero();

        Cli sample = Cli.parallax("sample", "--out", mine);

        assertThat(sample.exit()).as(sample.err()).isZero();
        assertThat(sample.out()).contains("Kept the earlier mine.parallax as a backup: ")
                .contains("Sample project written to");
        assertThat(Cli.parallax("docs", mine).out()).doesNotContain("mydiplomat");
        String kept = sample.out().lines().filter(l -> l.startsWith("Kept the earlier")).findFirst().orElseThrow()
                .replaceFirst("^.*as a backup: ", "");
        assertThat(Path.of(kept)).exists();
        Cli restore = Cli.parallax("restore", mine, kept);
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(Cli.parallax("segments", mine).out()).contains("My own interview wit");

        Path notes = Files.writeString(dir.resolve("notes.csv"), "a,b\n1,2\n");
        Cli refused = Cli.parallax("sample", "--out", notes);
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err().strip()).contains("notes.csv exists and cannot be kept as a backup")
                .contains("choose another --out").hasLineCount(1);
        assertThat(Files.readString(notes)).isEqualTo("a,b\n1,2\n");
    }

    /**
     * `parallax sample` in the repository rewrote samples/nato-russia.parallax from unchanged sources: the moments of
     * import and coding were the run's own, so git showed the file modified. The same sources give the same bytes
     * now, and a sample that is already what they give is left as it is, with no backup of it.
     */
    @Test
    void aSampleAlreadyBuiltFromTheSameSourcesIsLeftAsItIsByteForByte() throws Exception {
        Path out = dir.resolve("sample.parallax");
        Files.copy(TestProjects.SAMPLES.resolve("nato-russia.parallax"), out);
        byte[] shipped = Files.readAllBytes(out);
        java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(out);

        Cli sample = Cli.parallax("sample", "--from", TestProjects.SAMPLES, "--out", out);

        assertThat(sample.exit()).as(sample.err()).isZero();
        assertThat(sample.out().strip()).isEqualTo(out + " is already what " + TestProjects.SAMPLES
                + " makes: left as it is");
        assertThat(Files.readAllBytes(out)).isEqualTo(shipped);
        assertThat(Files.getLastModifiedTime(out)).isEqualTo(before);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("sample.parallax");
        }
    }

    @Test
    void aFolderThatIsNoSampleIsNamedAndLeavesNoFileBehind() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("not-a-sample"));
        Path out = dir.resolve("out").resolve("sample.parallax");
        Files.createDirectory(out.getParent());

        Cli failed = Cli.parallax("sample", "--from", empty, "--out", out);

        assertThat(failed.exit()).isNotZero();
        assertThat(failed.err().strip()).contains("not-a-sample").contains("cannot read sample folder")
                .hasLineCount(1);
        try (var left = Files.list(out.getParent())) {
            assertThat(left).isEmpty();
        }
    }

    /**
     * A researcher with the installed program who reads `sample` in `parallax --help` and runs it in their own folder
     * was told "nato-russia.parallax.building: cannot create project (path to '…/samples/…': '…/samples' does not
     * exist)"; the line now says what the command is for and where the sample that comes with the program is.
     */
    @Test
    void outsideTheSourceTheLineSaysWhatSampleIsForAndWhereTheSampleIs() throws Exception {
        Path samples = dir.resolve("samples");

        Cli failed = Cli.parallax("sample", "--from", samples, "--out", samples.resolve("nato-russia.parallax"));

        assertThat(failed.exit()).isNotZero();
        assertThat(failed.err().strip()).hasLineCount(1).contains("cannot read sample folder")
                .contains("no texts/ in " + samples).contains("Parallax's source")
                .contains("File > Open the sample");
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
