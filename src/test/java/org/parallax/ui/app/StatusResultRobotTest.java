package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.testfx.api.FxRobot;

/**
 * The status bar's line about something done (an export written, a backup taken, a step undone) is the news of that
 * moment: the next click or key in the window puts it away, so minutes later it is not read as the outcome of
 * whatever the researcher did since. A new report of the same words is shown again.
 */
class StatusResultRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    @Test
    void whatWasDoneGoesAtTheNextClickOrKeyAndTheSameReportComesBack(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2);
        Path out = Files.createTempDirectory(dir, "exports").resolve("passages.csv");
        String written = "Passages written to " + out;

        export(robot, out);
        waitUntil(() -> shown().equals(written));
        robot.clickOn("#documentsTable");
        assertThat(settled(this::shown, String::isEmpty)).as("after a click in the documents list").isEmpty();

        export(robot, out);
        assertThat(settled(this::shown, written::equals)).as("the same export again").isEqualTo(written);
        robot.type(KeyCode.DOWN);
        assertThat(settled(this::shown, String::isEmpty)).as("after a key").isEmpty();
    }

    private void export(FxRobot robot, Path out) throws Exception {
        dialogs.pathAnswers.add(out);
        MenuItem item = menuItem(robot, "File", "Export", "Passages CSV…");
        robot.interact(item::fire);
        waitUntil(() -> !main.exchange().runningProperty().get() && Files.isRegularFile(out));
    }

    private String shown() {
        return read(() -> ((Label) stage.getScene().lookup("#statusLastResult")).getText());
    }
}
