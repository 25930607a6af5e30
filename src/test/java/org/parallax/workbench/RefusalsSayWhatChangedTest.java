package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * `restore` and `merge` as a user meets them: every refusal says in its one line that the project was not changed,
 * which the file's bytes confirm (`backup` itself: {@code BackupsTest}).
 */
class RefusalsSayWhatChangedTest {
    @TempDir
    Path dir;

    @Test
    void restoreRefusalsSayNothingWasChangedAndChangeNothing() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        assertThat(Cli.parallax("backup", project).exit()).isZero();
        Path junk = Files.writeString(dir.resolve("junk.parallax"), "not a project");
        byte[] before = Files.readAllBytes(project);

        for (String which : List.of("99", "no-such-backup.parallax", junk.toString())) {
            Cli restore = Cli.parallax("restore", project, which);
            assertThat(restore.exit()).as(which).isEqualTo(1);
            assertThat(restore.err().strip()).as(which).startsWith("error: ").endsWith("nothing was changed")
                    .doesNotContain("\n", "Exception");
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void mergeRefusalsSayNothingWasMerged() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Path notAProject = Files.writeString(dir.resolve("theirs.parallax"), "not a project");
        Path notAZip = Files.writeString(dir.resolve("theirs.qdpx"), "not a zip");
        Workbench.open(project).close(); // brings the file to this version's schema, as any first use does
        byte[] before = Files.readAllBytes(project);

        for (Path other : List.of(dir.resolve("missing.parallax"), notAProject, notAZip, dir)) {
            Cli merge = Cli.parallax("merge", project, other);
            assertThat(merge.exit()).as(other.toString()).isEqualTo(1);
            assertThat(merge.err().strip()).as(other.toString()).startsWith("error: ")
                    .contains(other.getFileName().toString()).endsWith("nothing was merged")
                    .doesNotContain("\n", "Exception");
        }
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void restoreOnAFullDiskSaysNothingWasChangedAndLeavesTheProjectAsItWas() throws Exception {
        Path folder = dir.resolve("small");
        Optional<SmallDisk> disk = SmallDisk.mount(folder, 8);
        assumeTrue(disk.isPresent(), "mounting a tmpfs is not permitted here");
        try (SmallDisk small = disk.get()) {
            Path project = Files.copy(TestProjects.sampleCopy(dir), folder.resolve("study.parallax"));
            assertThat(Cli.parallax("backup", project).exit()).isZero();
            byte[] before = Files.readAllBytes(project);
            List<Backup> backups = Backups.list(project);
            SmallDisk.fill(folder.resolve("filler"));

            Cli restore = Cli.parallax("restore", project, "1");

            assertThat(restore.exit()).isEqualTo(1);
            assertThat(restore.err().strip()).isEqualTo("error: study.parallax: cannot keep a copy of it before "
                    + "restoring: cannot write a backup into " + Backups.folder(project) + " (the disk is full: free "
                    + "some space on it); nothing was changed");
            assertThat(Files.readAllBytes(project)).isEqualTo(before);
            assertThat(Backups.list(project)).isEqualTo(backups);
            try (var left = Files.list(Backups.folder(project))) {
                assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
            }
        }
    }
}
