package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.parallax.testutil.Cli;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.testfx.api.FxRobot;

/**
 * The project file open in the window is replaced by another program — `parallax restore` in a terminal, a sync
 * client: the window shows at once that it is read-only and why, instead of going on showing what the file
 * no longer holds until the next edit fails.
 */
class ProjectReplacedRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    @Test
    void restoringTheOpenProjectElsewhereShowsTheBannerWithoutAnEdit(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().workbench() != null && main.documents().rows().size() == 2);
        Path project = main.context().workbench().file();
        Label banner = find(robot, "#projectBannerText", Label.class);
        assertThat(read(banner::getText)).isEmpty();

        assertThat(Cli.parallax("backup", project).exit()).isZero();
        Cli restore = Cli.parallax("restore", project, "1");
        assertThat(restore.exit()).as(restore.err()).isZero();

        waitUntil(() -> read(banner::getText).contains("was moved, deleted or replaced by another program"));
        assertThat(read(banner::getText)).contains("is open read-only")
                .contains("close and reopen the project");
        assertThat(main.context().workbench().readOnlyReason()).isPresent();
        assertThat(dialogs.errors).isEmpty();
    }
}
