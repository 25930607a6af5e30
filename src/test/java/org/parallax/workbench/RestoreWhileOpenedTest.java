package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.Cli;
import org.parallax.testutil.ProjectRows;
import org.parallax.testutil.TestProjects;

/**
 * {@code parallax restore} in a terminal while a window opens the project: the restore looked for programs holding
 * the project open only before it began, so a window opened after that look went on with the old file; its coding
 * went into a file the restore then replaced, and its next action was refused as if a sync client had replaced it.
 * Now a program opening the project while a restore is under way refuses in one line, and a restore refuses a program
 * that opened the project after its first look, each changing nothing.
 */
class RestoreWhileOpenedTest {
    @TempDir
    Path dir;

    @Test
    void aProgramOpeningTheProjectWhileARestoreIsUnderWayRefusesAndTheRestoreGoesOn() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("study")));
        Path backup = backupWithOnePassageMore(project);
        int restored = passages(backup);
        Process restore = RestoreChild.pausedAfter("copied", project, backup, dir);
        try {
            String refused = "sample.parallax is being restored from a backup by another program (parallax restore, "
                    + "or File → Restore from backup… in a window), still after 5 seconds of waiting: open it again "
                    + "once that has finished; nothing was changed";
            assertThatThrownBy(() -> Workbench.open(project).close()).isInstanceOf(ParallaxException.class)
                    .hasMessage(refused);
            assertThatThrownBy(() -> Workbench.openReadOnly(project).close()).isInstanceOf(ParallaxException.class)
                    .hasMessage(refused);
            Files.createFile(dir.resolve("go"));
            ChildProcesses.awaitExit(restore, 240);
            assertThat(restore.exitValue()).as(Files.readString(dir.resolve("restore.err"))).isZero();
        } finally {
            restore.destroyForcibly();
        }
        assertThat(passages(project)).as("the backup restored whole").isEqualTo(restored);
        assertThat(Files.list(project.getParent()).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.contains(".restore-lock") || name.contains(".restored-"));
    }

    /**
     * A researcher double-clicking the project while a restore of a moment is under way: opening refused at once, and
     * the researcher was left to try again; it now waits (up to a few seconds) for the restore to finish and opens the
     * restored project.
     */
    @Test
    void aProgramOpeningTheProjectDuringARestoreWaitsForItAndOpensTheRestoredProject() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("study")));
        Path backup = backupWithOnePassageMore(project);
        int restored = passages(backup);
        Process restore = RestoreChild.pausedAfter("copied", project, backup, dir);
        // The restore goes on once the opener waits for it (the wait is made long enough for a loaded machine).
        Duration wait = Workbench.restoreWait;
        Workbench.restoreWait = Duration.ofMinutes(4);
        Restore.stepDone = step -> {
            if (step.equals("waiting for a restore")) {
                letGo(dir.resolve("go"));
            }
        };
        try (Workbench opened = Workbench.open(project)) {
            assertThat(Files.exists(dir.resolve("go"))).as("the opener waited for the restore").isTrue();
            assertThat(ProjectRows.of(opened).get("segments")).hasSize(restored);
            code(opened, 3000);
        } finally {
            Restore.stepDone = step -> { };
            Workbench.restoreWait = wait;
            letGo(dir.resolve("go"));
            ChildProcesses.awaitExit(restore, 240);
            restore.destroyForcibly();
        }
        assertThat(restore.exitValue()).as(Files.readString(dir.resolve("restore.err"))).isZero();
        assertThat(passages(project)).as("the restored project and the passage coded after").isEqualTo(restored + 1);
    }

    /**
     * A command run while a restore was under way waited up to five seconds without a word, then went on or refused:
     * it now says once, in one line, that it waits for the restore another program is making, then opens the restored
     * project, or refuses after the wait.
     */
    @Test
    void aCommandSaysOnceThatItWaitsForTheRestoreThenOpensTheRestoredProjectOrRefuses() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("study")));
        Path backup = backupWithOnePassageMore(project);
        int restored = passages(backup);
        Process restore = RestoreChild.pausedAfter("copied", project, backup, dir);
        try {
            Cli refused = Cli.parallax("docs", project);
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err().lines()).containsExactly(waiting(5), "error: sample.parallax is being restored "
                    + "from a backup by another program (parallax restore, or File → Restore from backup… in a window), "
                    + "still after 5 seconds of waiting: open it again once that has finished; nothing was changed");

            Duration wait = Workbench.restoreWait;
            Workbench.restoreWait = Duration.ofMinutes(4);
            Restore.stepDone = step -> {
                if (step.equals("waiting for a restore")) {
                    letGo(dir.resolve("go"));
                }
            };
            try {
                Cli docs = Cli.parallax("docs", project);
                assertThat(docs.exit()).as(docs.err()).isZero();
                assertThat(docs.err().lines()).containsExactly(waiting(240));
            } finally {
                Restore.stepDone = step -> { };
                Workbench.restoreWait = wait;
            }
        } finally {
            letGo(dir.resolve("go"));
            ChildProcesses.awaitExit(restore, 240);
            restore.destroyForcibly();
        }
        assertThat(restore.exitValue()).as(Files.readString(dir.resolve("restore.err"))).isZero();
        assertThat(passages(project)).isEqualTo(restored);
    }

    private static String waiting(int seconds) {
        return "note: sample.parallax is being restored from a backup by another program (parallax restore, or File → "
                + "Restore from backup… in a window): waiting up to " + seconds + " seconds for it to finish before "
                + "opening it";
    }

    private static void letGo(Path go) {
        try {
            if (!Files.exists(go)) {
                Files.createFile(go);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRestoreRefusesAProgramThatOpenedTheProjectAfterItsFirstLookAndItsCodingIsKept() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("study")));
        Path backup = backupWithOnePassageMore(project);
        int before = passages(project);
        Process restore = RestoreChild.pausedAfter("checked", project, backup, dir);
        try (Workbench window = Workbench.open(project)) {
            code(window, 3000);
            Files.createFile(dir.resolve("go"));
            ChildProcesses.awaitExit(restore, 240);
            assertThat(Files.readString(dir.resolve("restore.err")).strip()).isEqualTo("error: sample.parallax is "
                    + "open in another program (a Parallax window or a command still running): close it there first, "
                    + "then restore; nothing was changed");
            code(window, 3100);
        } finally {
            restore.destroyForcibly();
        }
        assertThat(passages(project)).as("the window's two passages in the project").isEqualTo(before + 2);
    }

    /**
     * A project file that may not be written (r--r--r--, in a folder that may) is read with SQLite's immutable flag,
     * which takes no lock: a restore did not see the window reading it and replaced the file under it, and the window
     * went on showing the old file's passages as the project's. Such a file is not restored over.
     */
    @Test
    void aReadOnlyProjectIsNotRestoredOverAProgramReadingItUnseen() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("study")));
        Path backup = backupWithOnePassageMore(project);
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(project);
        int shown;
        try (Workbench reader = Workbench.open(project)) {
            shown = reader.analysis().countedPassages().size();
            assertThatThrownBy(() -> Restore.restore(project, new Backup(backup, Instant.EPOCH, "chosen file")))
                    .isInstanceOf(ParallaxException.class).hasMessage("sample.parallax: cannot restore over it: the "
                            + "file is read-only (save a copy to work on it); a program reading it is not seen (a "
                            + "read-only project is read without the lock that shows it open), and it would go on "
                            + "showing the file as it was: make the file writable first if it is to be replaced, and "
                            + "close it in every window; nothing was changed");
            assertThat(Files.readAllBytes(project)).isEqualTo(before);
            assertThat(reader.analysis().countedPassages()).hasSize(shown);
        }
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(passages(project)).isEqualTo(shown);
        assertThat(Backups.list(project)).noneMatch(b -> b.reason().equals("before restore"));
    }

    private Path backupWithOnePassageMore(Path project) throws Exception {
        Path backup = Files.copy(project, Files.createDirectories(dir.resolve("backup")).resolve("chosen.parallax"));
        try (Workbench wb = Workbench.open(backup)) {
            code(wb, 2000);
        }
        return backup;
    }

    private static void code(Workbench wb, int from) {
        long doc = wb.documents().list().get(0).id();
        long code = wb.codebook().current().codes().get(0).id();
        wb.coding().code(doc, from, from + 5, code, null);
    }

    private static int passages(Path project) {
        try (Workbench wb = Workbench.openReadOnly(project)) {
            return ProjectRows.of(wb).get("segments").size();
        }
    }
}
