package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.workbench.SmallDisk;

/**
 * The settings file and its recent-projects list saved on a full disk: the file as it was stays whole (the save goes
 * to a temporary file moved over it), no part of the new one is left beside it, and the next start reads the old
 * settings.
 */
class SettingsFullDiskTest {
    @TempDir
    Path dir;

    @Test
    void settingsSavedOnAFullDiskLeaveTheOldFileWholeAndNothingBesideIt() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("disk"), 1)) {
            SettingsFile file = new SettingsFile(disk.folder().resolve("parallax").resolve("settings.json"));
            Settings old = Settings.defaults().withProject("/home/ann/study.parallax").withLayout(1200, 800,
                    List.of(0.25, 0.7));
            file.saveOver(old);
            byte[] saved = Files.readAllBytes(file.file());
            disk.leaveRoom("filler", 0);

            List<String> many = IntStream.range(0, 200).mapToObj(i -> "/home/ann/projects/interviews-wave-" + i
                    + "-" + "x".repeat(60) + ".parallax").toList();
            Settings next = old.toBuilder().recentProjects(many).lastProject(many.get(0)).build();
            file.saveOver(next);
            file.save(next.withLayout(1400, 900, List.of(0.3, 0.6)));

            assertThat(Files.readAllBytes(file.file())).as("the old file, whole").isEqualTo(saved);
            Settings read = new SettingsFile(file.file()).load();
            assertThat(read.recentProjects()).isEqualTo(old.recentProjects());
            assertThat(read.width()).isEqualTo(1200);
            try (Stream<Path> beside = Files.list(file.file().getParent())) {
                assertThat(beside.map(p -> p.getFileName().toString()))
                        .as("no part of the new file left beside it").containsOnly("settings.json",
                                ".settings.json.lock");
            }
        }
    }
}
