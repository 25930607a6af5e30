package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.ProjectRows;
import org.parallax.testutil.TestProjects;

/**
 * A program killed (SIGKILL) while it held the lock on finishing a killed restore, after it had marked the lock file
 * as let go of and before it removed it: the file stayed beside the project, and the next program to find a killed
 * restore's copy waiting took the stale file for one let go of a moment ago and tried again, for ever.
 */
class StaleRestoreLockTest {
    @TempDir
    Path dir;

    @Test
    void aLockLeftByAKilledHolderHoldsNoLaterOpenerBack() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("trial")));
        Path backup = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("backup")));
        int restored;
        try (Workbench wb = Workbench.openReadOnly(backup)) {
            restored = ProjectRows.of(wb).get("segments").size();
        }
        RestoreChild.killAfter("waiting", project, backup, Files.createDirectories(dir.resolve("first restore")));
        Path signals = Files.createDirectories(dir.resolve("signals"));
        Process killed = OpenerChild.start(project, "killed", signals, dir);
        try {
            awaitSignal(killed, signals.resolve("killed holding"));
            killed.destroyForcibly();
            ChildProcesses.awaitExit(killed, 60);
        } finally {
            killed.destroyForcibly();
        }
        Path lock = project.resolveSibling("." + project.getFileName() + ".restore-lock");
        assertThat(lock).as("what the killed holder left").exists();
        RestoreChild.killAfter("waiting", project, backup, Files.createDirectories(dir.resolve("second restore")));

        Process next = OpenerChild.start(project, "next", signals, dir);
        try {
            ChildProcesses.awaitExit(next, 240);
            assertThat(next.exitValue()).as(Files.readString(dir.resolve("next.err"))).isZero();
        } finally {
            next.destroyForcibly();
        }

        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.integrityCheck()).isEqualTo("ok");
            assertThat(ProjectRows.of(wb).get("segments")).as("the backup's passages and the next opener's 3")
                    .hasSize(restored + 3);
        }
        assertThat(Files.list(project.getParent()).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.contains(".restored-") || name.contains(".restore-lock"));
    }

    private void awaitSignal(Process child, Path signal) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!Files.exists(signal) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(signal).as(Files.readString(dir.resolve("killed.err"))).exists();
    }
}
