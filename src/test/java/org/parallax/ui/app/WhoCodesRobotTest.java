package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A new project's passages were recorded under the computer's login name without a word, and changing it took
 * Edit → Switch coder…, which offered an empty field. A project made in the window now asks who codes in it (the
 * login name offered), and the coder's name in the status bar changes it at once; the project keeps the name.
 */
class WhoCodesRobotTest extends RobotWindow {
    @Test
    void aNewProjectAsksWhoCodesAndTheStatusBarChangesIt(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        Path made = Files.createTempDirectory(dir, "new").resolve("fieldwork.parallax");
        dialogs.pathAnswers.add(made);
        dialogs.choiceAnswer = ProjectActions.EMPTY_CODEBOOK;
        dialogs.textAnswers.add("Anna Petrova");

        robot.interact(() -> menuItem(robot, "File", "New project…").fire());

        Hyperlink coder = find(robot, "#statusCoder", Hyperlink.class);
        waitUntil(() -> coder.getText().equals("Coder: Anna Petrova"));
        assertThat(fromProject(Workbench::location)).endsWith("fieldwork.parallax");
        assertThat(dialogs.textPrompts).singleElement().asString()
                .startsWith("Passages you code are recorded under this name, and every export writes it with them")
                .endsWith("[" + System.getProperty("user.name") + "]");

        dialogs.textAnswers.add("Boris");
        robot.clickOn(coder);

        waitUntil(() -> coder.getText().equals("Coder: Boris"));
        assertThat(dialogs.textPrompts).last().asString().endsWith("[Anna Petrova]");
        robot.interact(main::close);
        try (Workbench reopened = Workbench.open(made)) {
            assertThat(reopened.activeCoder().name()).isEqualTo("Boris");
        }
    }
}
