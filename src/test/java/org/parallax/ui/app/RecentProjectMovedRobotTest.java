package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.ui.common.MenuText;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A project closed and then moved away (onto a USB stick, renamed in the file manager) stayed offered on the start page
 * and in File → Recent projects as if it were there, and a click on it answered with an error box: the list greyed out
 * a missing file only when it was filled, before the move. It is looked at again as the File menu opens and as the
 * project closes, so the moved project is greyed out, and offered again once it is back.
 */
class RecentProjectMovedRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    @Test
    void aProjectMovedAwayAfterClosingIsGreyedOutAndOfferedAgainOnceBack(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2);
        Path file = fromProject(Workbench::file);
        String location = file.toAbsolutePath().toString();
        robot.interact(main::close);
        drainTasks();
        waitUntil(() -> link(location).filter(link -> !link.isDisabled()).isPresent());
        assertThat(read(() -> recentItem(robot, location).isDisable())).isFalse();

        Path stick = Files.move(file, Files.createTempDirectory(dir, "stick").resolve(file.getFileName()));
        robot.clickOn("File");

        waitUntil(() -> recentItem(robot, location).isDisable());
        waitUntil(() -> link(location).filter(Node::isDisabled).isPresent());
        robot.type(KeyCode.ESCAPE);

        Files.move(stick, file);
        robot.clickOn("File");
        waitUntil(() -> !recentItem(robot, location).isDisable());
        waitUntil(() -> link(location).filter(link -> !link.isDisabled()).isPresent());
        robot.type(KeyCode.ESCAPE);
        assertThat(dialogs.errors).isEmpty();
    }

    private Optional<Hyperlink> link(String location) {
        Node recent = stage.getScene().lookup("#startRecent");
        return recent == null ? Optional.empty() : recent.lookupAll(".hyperlink").stream()
                .map(Hyperlink.class::cast).filter(link -> location.equals(link.getText())).findFirst();
    }

    private static MenuItem recentItem(FxRobot robot, String location) {
        return ((Menu) menuItem(robot, "File", "Recent projects")).getItems().stream()
                .filter(item -> MenuText.shown(item).replaceFirst("^[1-9] ", "").equals(location)).findFirst()
                .orElseThrow();
    }
}
