package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Backups;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * The daily backup due on opening could not be written (the backups folder's name taken by a file): the window only
 * logged it, so a researcher working in it for months never learnt there were no backups. Now the banner says what
 * failed and what to do, the project stays writable, and Back up now ends the warning once the cause is gone.
 */
class DailyBackupFailureRobotTest extends RobotWindow {
    private Path folder;

    @Override
    protected Path project(Path here) throws Exception {
        Path project = UiFixture.createProject(here);
        folder = Backups.folder(project);
        assertThat(folder).doesNotExist();
        Files.writeString(folder, "not a folder");
        return project;
    }

    @Test
    void aDailyBackupThatCannotBeWrittenIsShownAndBackUpNowEndsTheWarningOnceFixed(FxRobot robot) throws Exception {
        Label banner = find(robot, "#projectBannerText", Label.class);
        waitUntil(() -> main.context().workbench() != null && read(banner::getText).contains("daily backup"));
        assertThat(read(banner::getText)).isEqualTo("test.parallax: no daily backup was taken: cannot write "
                + "a backup into " + folder + " (it is a file, not a folder: move it away). Your work is saved, but "
                + "has no backup to go back to; when this is fixed, choose Back up now.");
        assertThat(visible(robot, "#projectBanner")).isTrue();
        assertThat(visible(robot, "#projectBannerBackUp")).isTrue();
        Workbench wb = main.context().workbench();
        assertThat(wb.readOnlyReason()).as("a warning, not a stop").isEmpty();

        robot.clickOn("#projectBannerBackUp");
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString().contains("(it is a file, not a folder: move it away)");
        assertThat(read(banner::getText)).startsWith("test.parallax: no daily backup was taken");

        Files.delete(folder);
        robot.clickOn("#projectBannerBackUp");
        waitUntil(() -> read(banner::getText).isEmpty());
        assertThat(visible(robot, "#projectBanner")).isFalse();
        assertThat(Backups.list(wb.file())).singleElement().satisfies(b -> assertThat(b.reason()).isEqualTo("manual"));
        assertThat(dialogs.errors).hasSize(1);
    }
}
