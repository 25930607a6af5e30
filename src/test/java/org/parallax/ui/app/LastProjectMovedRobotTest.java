package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A student moves the thesis project onto a USB stick (or unplugs the stick it lives on) and starts Parallax again.
 * The window opened the sample project in its place, 15 documents and 71 passages, without a word about the thesis:
 * where was the work? The start page now says the last project is not where it was, and opens nothing else.
 */
class LastProjectMovedRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    @Test
    void aLastProjectMovedAwayIsNamedOnTheStartPageAndTheSampleIsNotOpenedInstead(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2);
        Path file = fromProject(Workbench::file);
        robot.interact(main::close);
        drainTasks();
        Path stick = Files.move(file, Files.createTempDirectory(dir, "stick").resolve(file.getFileName()));
        Path documents = Files.createTempDirectory(dir, "documents");

        robot.interact(() -> StartupProject.openIn(main, null, Path.of(""), documents));
        drainTasks();

        String said = settled(this::missingLine, line -> line.contains("test.parallax"));
        assertThat(said).contains("test.parallax").contains(file.getParent().toString());
        assertThat(read(() -> main.context().workbench())).as("nothing opened in its place").isNull();
        assertThat(documents.resolve("Parallax")).as("no copy of the sample made").doesNotExist();

        robot.interact(() -> main.open(stick));
        waitUntil(() -> main.documents().rows().size() == 2);
        assertThat(settled(this::missingLine, String::isEmpty)).as("once a project is open").isEmpty();
    }

    private String missingLine() {
        Label line = (Label) stage.getScene().lookup("#startLastMissing");
        return line == null ? "" : line.getText();
    }
}
