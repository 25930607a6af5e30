package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.common.MenuText;
import org.parallax.ui.UiFixture;
import org.testfx.api.FxRobot;

/**
 * A project opened in a second window (another Parallax started beside this one) was listed in the first window's
 * File → Recent projects only after a restart: the settings the other window saved are read again as the File menu
 * opens.
 */
class RecentProjectsLiveRobotTest extends RobotWindow {
    @Test
    void aProjectAnotherWindowOpenedIsListedWhenTheFileMenuOpens(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        Path settings = main.settingsFile().file();
        Path onTheStick = UiFixture.createProject(Files.createDirectories(settings.resolveSibling("stick")));
        String other = onTheStick.toAbsolutePath().toString();
        // What the second window does on opening its project.
        SettingsFile shared = new SettingsFile(settings);
        shared.save(shared.load().withProject(other));
        assertThat(read(() -> recent(robot))).doesNotContain(other);

        robot.clickOn("File");

        waitUntil(() -> read(() -> recent(robot)).contains(other));
        robot.type(KeyCode.ESCAPE);
        String mine = read(() -> main.context().workbench().location());
        assertThat(read(() -> recent(robot))).startsWith(mine);
    }

    private static List<String> recent(FxRobot robot) {
        return ((Menu) menuItem(robot, "File", "Recent projects")).getItems().stream()
                .map(item -> MenuText.shown(item).replaceFirst("^[1-9] ", ""))
                .toList();
    }
}
