package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * A backup on a disk with room to work on the project but not for a copy of it said "cannot write a snapshot to
 * .2026-…_manual.parallax.tmp ([SQLITE_FULL] Insertion failed because database is full (database or disk is
 * full))": a hidden file's name and SQLite's words. It now says the disk is full, where, and that no copy was
 * written and the project is unchanged; nothing is left in the backups folder.
 */
class FullDiskBackupTest {
    @TempDir
    Path dir;

    @Test
    void aBackupOnAFullDiskSaysSoInOneLineAndLeavesNothingBehind() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("small"), 16)) {
            Path folder = disk.folder();
            Path project = disk.projectWithOneText("full.parallax", "long.txt", "NATO and Russia met. ".repeat(40_000));
            // Room to open and read the project (its shared-memory file), not for a copy of it.
            Path filler = disk.leaveRoom("filler", Files.size(project) / 4);
            byte[] before = Files.readAllBytes(project);

            Cli backup = Cli.parallax("backup", project);

            assertThat(backup.exit()).isEqualTo(1);
            assertThat(backup.err().lines().toList()).singleElement().asString()
                    .isEqualTo("error: full.parallax: cannot write a copy of the project into "
                            + folder.resolve("full.parallax.backups").toAbsolutePath()
                            + ": the disk is full; no copy was written, and the project itself is unchanged");
            assertThat(Files.readAllBytes(project)).isEqualTo(before);
            try (Stream<Path> left = Files.list(folder.resolve("full.parallax.backups"))) {
                assertThat(left).isEmpty();
            }

            Files.delete(filler);
            assertThat(Cli.parallax("backup", project).exit()).isZero();
            assertThat(Cli.parallax("restore", project).out()).contains("manual");
        }
    }

    /**
     * The daily backup due on opening, on a full disk: the warning was SQLite's copy failure trimmed by a pattern over
     * its wording; it names the backups folder and the full disk, and the command goes on.
     */
    @Test
    void aDailyBackupOnAFullDiskIsNamedAsSuchAndTheCommandGoesOn() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("small"), 16)) {
            Path project = disk.projectWithOneText("full.parallax", "long.txt", "NATO and Russia met. ".repeat(40_000));
            Path filler = disk.leaveRoom("filler", Files.size(project) / 4);

            Cli docs = Cli.parallax("docs", project);

            assertThat(docs.exit()).as(docs.err()).isZero();
            assertThat(docs.out()).contains("long");
            assertThat(docs.err().lines().toList()).containsExactly("warning: no daily backup was taken: cannot write "
                    + "a backup into " + Backups.folder(project) + " (the disk is full: free some space on it)");
            Files.delete(filler);
            assertThat(Cli.parallax("docs", project).err()).isEmpty();
        }
    }

    /** A backups folder that may not be written (here on a read-only mount, which binds root too). */
    @Test
    void aDailyBackupIntoAFolderThatMayNotBeWrittenSaysSo() throws Exception {
        Path project = SmallDisk.projectWithOneText(dir.resolve("locked.parallax"), dir.resolve("short.txt"),
                "NATO and Russia met.");
        Path backups = Backups.folder(project);
        try (SmallDisk disk = SmallDisk.mountOrSkip(backups, 1)) {
            disk.readOnly();

            Cli docs = Cli.parallax("docs", project);

            assertThat(docs.exit()).as(docs.err()).isZero();
            assertThat(docs.err().lines().toList()).containsExactly("warning: no daily backup was taken: cannot write "
                    + "a backup into " + backups + " (it may not be written: allow writing to it)");
        }
    }
}
