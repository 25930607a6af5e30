package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;

/** Save a copy… (the read-only banner's way to work on a project) on a disk without room for the copy. */
class FullDiskSaveCopyTest {
    @TempDir
    Path dir;

    @Test
    void aCopyOnAFullDiskSaysSoAndLeavesNothingBesideTheProject() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("small"), 16)) {
            Path folder = disk.folder();
            Path project = disk.projectWithOneText("full.parallax", "long.txt", "NATO and Russia met. ".repeat(40_000));
            Path filler = disk.leaveRoom("filler", Files.size(project) / 4);
            Path copy = folder.resolve("copy.parallax");
            try (Workbench wb = Workbench.open(project)) {
                assertThatThrownBy(() -> wb.backups().copyTo(copy)).isInstanceOf(ParallaxException.class)
                        .hasMessageContaining("the disk is full");
            }
            try (Stream<Path> beside = Files.list(folder)) {
                assertThat(beside.map(p -> p.getFileName().toString())).as("nothing of the copy is left")
                        .noneMatch(name -> name.contains("copy")).contains("full.parallax", "filler");
            }
            Files.delete(filler);
            try (Workbench wb = Workbench.open(project)) {
                wb.backups().copyTo(copy);
            }
            try (Workbench saved = Workbench.open(copy)) {
                assertThat(saved.documents().list()).hasSize(1);
            }
        }
    }
}
