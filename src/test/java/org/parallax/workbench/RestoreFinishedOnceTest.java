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
 * Two programs opening a project at the same moment, a restore of it killed with its copy waiting: both found the
 * copy, the first finished the restore and saved into the restored file, and the second then deleted the first's
 * journal, so the first's saves were lost or the file damaged. One program finishes the restore; the other opens the
 * finished project and neither loses a save.
 */
class RestoreFinishedOnceTest {
    @TempDir
    Path dir;

    @Test
    void twoOpenersOfAKilledRestoreLoseNoSave() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("trial")));
        Path backup = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("backup")));
        int restored;
        try (Workbench wb = Workbench.openReadOnly(backup)) {
            restored = ProjectRows.of(wb).get("segments").size();
        }
        RestoreChild.killAfter("waiting", project, backup, dir);
        Path signals = Files.createDirectories(dir.resolve("signals"));

        Process second = OpenerChild.start(project, "second", signals, dir);
        Process first = null;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!Files.exists(signals.resolve("second found")) && second.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(signals.resolve("second found")).as(err("second")).exists();
            first = OpenerChild.start(project, "first", signals, dir);
            ChildProcesses.awaitExit(first, 240);
            ChildProcesses.awaitExit(second, 240);
            assertThat(first.exitValue()).as(err("first")).isZero();
            assertThat(second.exitValue()).as(err("second")).isZero();
        } finally {
            second.destroyForcibly();
            if (first != null) {
                first.destroyForcibly();
            }
        }

        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.integrityCheck()).isEqualTo("ok");
            assertThat(ProjectRows.of(wb).get("segments")).as("the backup's passages, the first's 5 and the second's 3")
                    .hasSize(restored + 5 + 3);
        }
        assertThat(Files.list(project.getParent()).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.contains(".restored-") || name.contains(".restore-lock"));
    }

    private String err(String role) throws Exception {
        Path file = dir.resolve(role + ".err");
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
