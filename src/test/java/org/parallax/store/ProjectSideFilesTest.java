package org.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting a project takes its journals and its index folder, never its backups nor anything else beside it. */
class ProjectSideFilesTest {
    @TempDir
    Path dir;

    @Test
    void deletingAProjectTakesItsJournalsAndIndexAndLeavesItsBackupsAndOtherFiles() throws Exception {
        Path file = Files.writeString(dir.resolve("study.parallax"), "project");
        for (String side : new String[] {"-wal", "-shm", "-journal"}) {
            Files.writeString(dir.resolve("study.parallax" + side), side);
        }
        Path index = Files.createDirectories(dir.resolve("study.parallax.index/segments"));
        Files.writeString(index.resolve("_0.cfs"), "index");
        Path backup = Files.createDirectories(dir.resolve("study.parallax.backups"))
                .resolve("2026-12-03_20-00-00.000_daily.parallax");
        Files.writeString(backup, "backup");
        Path other = Files.writeString(dir.resolve("study.parallax-notes.txt"), "mine");
        Path sibling = Files.writeString(dir.resolve("study2.parallax-wal"), "another project's");

        ProjectSideFiles.delete(file);

        assertThat(dir).isDirectoryNotContaining("glob:**/study.parallax")
                .isDirectoryNotContaining("glob:**/study.parallax-{wal,shm,journal}")
                .isDirectoryNotContaining("glob:**/study.parallax.index");
        assertThat(backup).hasContent("backup");
        assertThat(other).hasContent("mine");
        assertThat(sibling).hasContent("another project's");

        ProjectSideFiles.delete(file);
    }
}
