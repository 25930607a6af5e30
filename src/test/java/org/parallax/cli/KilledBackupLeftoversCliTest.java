package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * A backup or restore killed while writing its hidden copy of the project (SIGKILL, a power cut: its clean-up never
 * runs) left that copy, as large as the project, in the backups folder or beside the project for good: a 43 MB
 * project killed three times during `parallax backup` kept 127 MB of hidden files. The next backup or restore now
 * removes what a process no longer running left, and leaves alone a copy another process is still writing.
 */
class KilledBackupLeftoversCliTest {
    @TempDir
    Path dir;

    @Test
    void theNextBackupRemovesWhatAKilledBackupLeftAndKeepsOneStillBeingWritten() throws Exception {
        Path project = project();
        Path backups = project.resolveSibling("study.parallax.backups");
        Files.createDirectories(backups);
        long gone = exitedProcessId();
        long running = ProcessHandle.current().pid();
        Path killed = leftover(backups, ".2026-11-30_10-00-00.000_manual.parallax.tmp-" + gone);
        Path killedJournal = leftover(backups, ".2026-11-30_10-00-00.000_manual.parallax.tmp-" + gone + "-journal");
        Path olderVersion = leftover(backups, ".2026-11-29_10-00-00.000_daily.parallax.tmp");
        Files.setLastModifiedTime(olderVersion, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path beingWritten = leftover(backups, ".2026-12-01_10-00-00.000_manual.parallax.tmp-" + running);
        Path olderVersionJustNow = leftover(backups, ".2026-12-01_11-00-00.000_daily.parallax.tmp");
        Path notOurs = leftover(backups, ".notes.tmp-" + gone);

        Cli backup = Cli.parallax("backup", project);

        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(killed).doesNotExist();
        assertThat(killedJournal).doesNotExist();
        assertThat(olderVersion).doesNotExist();
        assertThat(beingWritten).exists();
        assertThat(olderVersionJustNow).exists();
        assertThat(notOurs).exists();
        assertThat(hidden(backups)).containsExactlyInAnyOrder(beingWritten, olderVersionJustNow, notOurs);
        assertThat(Cli.parallax("restore", project).out()).contains("manual").doesNotContain(".tmp");
    }

    @Test
    void theNextRestoreRemovesWhatAKilledRestoreLeftBesideTheProject() throws Exception {
        Path project = project();
        assertThat(Cli.parallax("backup", project).exit()).isZero();
        long gone = exitedProcessId();
        Path killed = leftover(dir, ".study.parallax.restoring.tmp-" + gone);
        Path otherProject = leftover(dir, ".other.parallax.restoring.tmp-" + gone);

        Cli restore = Cli.parallax("restore", project, "1");

        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(killed).doesNotExist();
        assertThat(otherProject).exists();
        assertThat(hidden(dir)).containsExactly(otherProject);
    }

    private Path project() throws Exception {
        Path file;
        try (Workbench wb = TestProjects.table1(dir)) {
            file = wb.file();
            TestProjects.importOne(wb, TestProjects.textFile(dir, "a.txt", "NATO and Russia met in Paris."));
        }
        return Files.move(file, dir.resolve("study.parallax"));
    }

    /** The id of a process that has ended, as a killed backup's is. */
    private static long exitedProcessId() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor()).isZero();
        return process.pid();
    }

    private static Path leftover(Path folder, String name) throws Exception {
        return Files.write(folder.resolve(name), new byte[64 * 1024]);
    }

    private static List<Path> hidden(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".")).toList();
        }
    }
}
