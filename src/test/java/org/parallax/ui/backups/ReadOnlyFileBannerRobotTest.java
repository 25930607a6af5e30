package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Backups;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A read-only project file with backups beside it (a project handed on read-only, one on a CD) opens with the banner:
 * it offers "Save a copy…", the way to work on it, and no backup, which would restore nothing (the file is whole) and
 * is refused over a read-only file.
 */
class ReadOnlyFileBannerRobotTest extends RobotWindow {
    private Path project;

    @Override
    protected Path project(Path folder) throws Exception {
        project = UiFixture.createProject(folder);
        try (Workbench wb = Workbench.open(project)) {
            assertThat(Backups.list(project)).hasSize(1);
        }
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("r--r--r--"));
        return project;
    }

    @AfterEach
    void writableAgain() throws Exception {
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("rw-r--r--"));
    }

    @Test
    void theBannerOffersACopyAndNoBackup(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#projectBannerText").contains("the file is read-only"));
        // The check after opening and the search for a backup to offer have run, and their answers reached the window.
        drainTasks();
        waitUntil(() -> main.context().workbench() != null);

        assertThat(visible(robot, "#projectBannerSaveCopy")).isTrue();
        assertThat(visible(robot, "#projectBannerRestore")).isFalse();
        assertThat(text(robot, "#projectBannerText")).isEqualTo("test.parallax is open read-only: the file is "
                + "read-only (save a copy to work on it). Nothing you do now is saved.");
    }
}
