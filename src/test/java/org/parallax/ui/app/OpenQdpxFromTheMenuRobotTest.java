package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A researcher coming from QualCoder or NVivo opens the project they exported from it with File → Open project…
 * (Ctrl+O), as they would in those programs. The window said "interviews.qdpx is not a Parallax project" and stopped
 * there; it now makes a project of it beside it and opens it, as a .qdpx double-clicked in the file manager does.
 */
class OpenQdpxFromTheMenuRobotTest extends RobotWindow {

    @Test
    void aQdpxChosenInOpenProjectOpensAsANewProjectBesideIt(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        Path folder = Files.createTempDirectory(dir, "from-qualcoder");
        Path qdpx = folder.resolve("interviews.qdpx");
        Path built = folder.resolve("built.parallax");
        SampleProject.build(Path.of("samples"), built);
        try (Workbench other = Workbench.open(built)) {
            other.exchange().exportQdpx(qdpx);
        }
        Path made = folder.resolve("interviews.parallax").toAbsolutePath();
        dialogs.pathAnswers.add(qdpx);

        robot.push(KeyCode.CONTROL, KeyCode.O);

        waitUntil(() -> !dialogs.errors.isEmpty() || !dialogs.informations.isEmpty());
        waitUntil(() -> !dialogs.errors.isEmpty() || main.documents().rows().size() == 15
                && main.context().workbench().location().equals(made.toString()));
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.chooserTitles).containsExactly("Open project");
        assertThat(dialogs.informations).singleElement().asString().contains("New project " + made);
        assertThat(Files.isRegularFile(made)).isTrue();
    }
}
