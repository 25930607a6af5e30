package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.TestProjects;

/**
 * A backup or a restore killed midway (SIGKILL, a power cut) leaves its hidden copy of the project, as large as the
 * project: {@code parallax backup} of a 36 MB project killed after a second left a 14 MB
 * {@code .…_manual.parallax.tmp-PID} and its {@code -journal} in the backups folder. Only the next backup removed them,
 * which on a day whose daily backup was taken may be days away. Opening the project removes them now.
 */
class KilledBackupLeftoversTest {
    @TempDir
    Path dir;

    @Test
    void openingTheProjectRemovesWhatAKilledBackupOrRestoreLeftAndKeepsWhatARunningOneWrites() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            assertThat(Backups.list(project)).hasSize(1);
        }
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        Path backups = Backups.folder(project);
        Path killedBackup = Files.writeString(backups.resolve(".2026-12-05_12-42-04.378_manual.parallax.tmp-"
                + gone.pid()), "cut off");
        Path killedJournal = Files.writeString(killedBackup.resolveSibling(killedBackup.getFileName() + "-journal"),
                "cut off");
        Path killedRestore = Files.writeString(dir.resolve(".sample.parallax.restoring.tmp-" + gone.pid()), "cut off");
        Path runningBackup = Files.writeString(backups.resolve(".2026-12-05_12-42-05.000_manual.parallax.tmp-"
                + running), "being written");
        Path runningRestore = Files.writeString(dir.resolve(".sample.parallax.restoring.tmp-" + running),
                "being written");

        try (Workbench wb = Workbench.open(project)) {
            assertThat(Backups.list(project)).as("no backup due: the daily one was taken").hasSize(1);
        }

        assertThat(Stream.of(killedBackup, killedJournal, killedRestore)).noneMatch(Files::exists);
        assertThat(Stream.of(runningBackup, runningRestore)).allMatch(Files::exists);
    }
}
