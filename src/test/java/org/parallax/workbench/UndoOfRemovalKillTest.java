package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.ProjectRows;
import org.parallax.testutil.TestProjects;

/**
 * SIGKILL while a child JVM undoes and redoes the removal of three documents (with their passages, memos and
 * anchors) over and over, at four moments: each time the project opens, `check` finds nothing in the file, and every
 * table equals, row for row, either the project before the removal or the project after it, never a mix. Undo puts
 * the rows back in one transaction (decision 18); one transaction per table would leave a mix at some kill.
 */
class UndoOfRemovalKillTest {
    static final List<Long> REMOVED = List.of(1L, 2L, 3L);

    @TempDir
    Path dir;

    @Test
    void aKillDuringUndoOrRedoOfARemovalLeavesTheProjectBeforeOrAfterItWhole() throws Exception {
        Map<String, List<String>> before;
        Map<String, List<String>> after;
        try (Workbench wb = Workbench.open(TestProjects.sampleCopy(Files.createDirectories(dir.resolve("model"))))) {
            before = work(wb);
            wb.documents().delete(REMOVED);
            after = work(wb);
        }
        assertThat(after).isNotEqualTo(before);

        int[] seen = new int[2];
        for (int delay : new int[] {0, 250, 600, 1100}) {
            Path trial = Files.createDirectories(dir.resolve("trial-" + delay));
            Path project = TestProjects.sampleCopy(trial);
            killWhileUndoing(project, trial, delay);

            try (Workbench wb = Workbench.open(project)) {
                assertThat(wb.check().contentHashes()).as("killed %d ms in", delay).isEmpty();
                assertThat(wb.integrityCheck()).isEqualTo("ok");
                Map<String, List<String>> rows = work(wb);
                assertThat(rows).as("killed %d ms in: before or after the removal, whole", delay).isIn(before, after);
                seen[rows.equals(before) ? 0 : 1]++;
            }
        }
        System.out.printf("UndoOfRemovalKillTest: %d kills left the documents in, %d out%n", seen[0], seen[1]);
    }

    /** Every table but the settings (opening may write the active coder or a key there). */
    private static Map<String, List<String>> work(Workbench wb) {
        Map<String, List<String>> rows = new TreeMap<>(ProjectRows.of(wb));
        rows.remove("settings");
        return rows;
    }

    private static void killWhileUndoing(Path project, Path trial, int delayMillis) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path signal = trial.resolve("removed");
        Path stderr = trial.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                UndoRemovalChild.class.getName(), project.toString(), signal.toString())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!Files.exists(signal)) {
                if (!child.isAlive()) {
                    fail("the child ended before it removed the documents: " + Files.readString(stderr));
                }
                if (System.nanoTime() > deadline) {
                    fail("the child did not remove the documents in time: " + Files.readString(stderr));
                }
                Thread.sleep(10);
            }
            Thread.sleep(delayMillis);
            assertThat(child.isAlive()).as("still undoing and redoing: " + Files.readString(stderr)).isTrue();
            child.destroyForcibly();
            ChildProcesses.awaitExit(child, 60);
        } finally {
            child.destroyForcibly();
        }
    }
}
