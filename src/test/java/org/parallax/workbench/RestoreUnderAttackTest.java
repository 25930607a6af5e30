package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.Cli;
import org.parallax.testutil.ProjectRows;
import org.parallax.testutil.TestProjects;

/**
 * A tester's attacks on a restore beyond the kills after each named step ({@link RestoreKillTest}): SIGKILL at random
 * moments once the restore is under way, and a disk with room for the copy kept before the restore but not for the
 * backup's copy. Each must leave the project as it was or restored, every file whole or absent, and check clean.
 */
class RestoreUnderAttackTest {
    private static final int RESTORED = 71;
    private static final int AS_IT_WAS = 76;

    @TempDir
    Path dir;

    @Test
    void aRestoreKilledAtRandomMomentsLeavesTheProjectAsItWasOrRestored() throws Exception {
        Path backup = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("backup")));
        for (int attempt = 1; attempt <= 4; attempt++) {
            Path trial = Files.createDirectories(dir.resolve("trial-" + attempt));
            Path project = TestProjects.sampleCopy(trial);
            try (Workbench wb = Workbench.open(project)) {
                long doc = wb.documents().list().get(0).id();
                long code = wb.codebook().current().codes().get(0).id();
                for (int i = 0; i < AS_IT_WAS - RESTORED; i++) {
                    wb.coding().code(doc, 300 + i * 10, 305 + i * 10, code, null);
                }
            }
            Path child = Files.createDirectories(dir.resolve("child-" + attempt));
            Process restore = RestoreChild.pausedAfter("checked", project, backup, child);
            // Under way: the child goes on and is killed a random moment later, up to about as long as a restore takes.
            long delay = ThreadLocalRandom.current().nextLong(0, 1500);
            Files.createFile(child.resolve("go"));
            Thread.sleep(delay);
            restore.destroyForcibly();
            ChildProcesses.awaitExit(restore, 60);

            try (Workbench wb = Workbench.open(project)) {
                assertThat(ProjectRows.of(wb).get("segments").size()).as("killed %d ms after it went on", delay)
                        .isIn(RESTORED, AS_IT_WAS);
                assertThat(wb.integrityCheck()).isEqualTo("ok");
            }
            Cli check = Cli.parallax("check", project);
            assertThat(check.exit()).as("killed %d ms after it went on: %s", delay, check.out() + check.err())
                    .isZero();
            assertThat(waitingCopies(trial)).as("a restored copy left waiting").isEmpty();
            for (Backup kept : Backups.list(project)) {
                assertThat(Backups.verified(kept).sound()).as("%s, killed %d ms after it went on", kept.file(), delay)
                        .isTrue();
            }
        }
    }

    @Test
    void aDiskWithNoRoomForTheBackupsCopyLeavesTheProjectAsItWas() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("small"), 16)) {
            Path project = disk.projectWithOneText("full.parallax", "long.txt", "NATO and Russia met. ".repeat(40_000));
            String written = Cli.ok("backup", project).out().strip();
            Path backup = Path.of(written.substring("Backup written to ".length()));
            long size = Files.size(project);
            // Room for the copy kept before the restore, not for the backup's copy beside the project as well.
            Path filler = disk.leaveRoom("filler", size + Files.size(backup) / 2);
            byte[] before = Files.readAllBytes(project);

            Cli restore = Cli.parallax("restore", project, backup);

            assertThat(restore.exit()).isEqualTo(1);
            assertThat(restore.err().lines().toList()).singleElement().asString()
                    .startsWith("error: full.parallax: cannot restore " + backup.getFileName() + ": its copy could not be "
                            + "written beside the project (")
                    .contains("the disk is full").contains("the project file is unchanged");
            assertThat(Files.readAllBytes(project)).isEqualTo(before);
            try (Stream<Path> left = Files.list(disk.folder())) {
                assertThat(left.map(p -> p.getFileName().toString())).as("nothing half-written beside the project")
                        .noneMatch(n -> n.startsWith("."));
            }
            for (Backup kept : Backups.list(project)) {
                assertThat(Backups.verified(kept).sound()).as(kept.file().toString()).isTrue();
            }
            Files.delete(filler);
            assertThat(Cli.parallax("check", project).exit()).isZero();
            assertThat(Cli.parallax("restore", project, backup).exit()).isZero();
        }
    }

    private static List<Path> waitingCopies(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().contains(".restored-")).toList();
        }
    }
}
