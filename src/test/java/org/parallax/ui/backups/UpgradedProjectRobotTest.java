package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.Backups;
import org.testfx.api.FxRobot;

/**
 * The window opening a project an older Parallax wrote upgraded it without a word, though no older Parallax opens it
 * afterwards; the status bar now says so and names the backup that keeps the file as it was. The status line changes
 * at the next click, so the banner keeps the note, with the folder the backup is in, until it is dismissed.
 */
class UpgradedProjectRobotTest extends RobotWindow {

    @Override
    protected Path project(Path folder) throws Exception {
        return Files.copy(Path.of("src/test/resources/older/sample-schema-3.parallax"), folder.resolve("older.parallax"));
    }

    @Test
    void theStatusBarSaysTheProjectWasUpgradedAndWhereItWasKept(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        Path project = Path.of(main.context().workbench().location());
        var kept = Backups.list(project).stream().filter(b -> b.reason().equals("before upgrade from schema 3"))
                .toList();
        assertThat(kept).hasSize(1);

        assertThat(text(robot, "#statusLastResult")).isEqualTo("older.parallax was written by an older Parallax "
                + "(schema 3) and is now upgraded to this version's format, which an older Parallax cannot open; the "
                + "file as it was is kept as "
                + "older.parallax.backups/" + kept.get(0).file().getFileName()
                + " (File → Restore from backup… lists it)");

        String note = "older.parallax was written by an older Parallax (schema 3) and is now upgraded to this "
                + "version's format, which an older Parallax cannot open; the file as it was is kept as "
                + "older.parallax.backups/" + kept.get(0).file().getFileName() + ", in "
                + project.toAbsolutePath().getParent() + ". File → Restore from backup… lists it.";
        robot.clickOn("#projectBannerText");
        waitUntil(() -> text(robot, "#statusLastResult").isEmpty());
        assertThat(text(robot, "#projectBannerText")).isEqualTo(note);
        assertThat(visible(robot, "#projectBanner")).isTrue();
        robot.clickOn("#projectBannerDismiss");
        waitUntil(() -> !visible(robot, "#projectBanner"));
    }
}
