package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A second coder opening the copy File → Copy for a second coder… made was never asked their name: the strip said
 * their coding was recorded under "a name chosen on another computer" (this computer's login) and offered to keep it,
 * so the layer came back to the first coder under a login until they found Edit → Switch coder…. The strip now says
 * whose copy it is and asks their name in a field of its own, still no question in front of the window.
 */
class SecondCoderNamedRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) throws Exception {
        Path first = folder.resolve("thesis.parallax");
        SampleProject.build(Path.of("samples"), first);
        Path copy = folder.resolve("thesis-second-coder.parallax");
        try (Workbench wb = Workbench.open(first)) {
            wb.copyForASecondCoder(copy);
        }
        return copy;
    }

    @Test
    void theStripAsksTheSecondCodersNameAndCodesUnderIt(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        Label said = find(robot, "#coderBarText", Label.class);
        Node bar = find(robot, "#coderBar", Node.class);
        waitUntil(() -> said.isVisible() && said.getText().startsWith("You are"));
        assertThat(read(said::getText)).isEqualTo("You are coding a second coder's copy of ‘thesis.parallax’: "
                + "your name?");
        assertThat(read(() -> find(robot, "#coderBarKeep", Button.class).isVisible()))
                .as("the login is not offered to keep").isFalse();
        assertThat(dialogs.textPrompts).as("no question stands in front of the window").isEmpty();
        String login = fromProject(wb -> wb.activeCoder().name());
        assertThat(read(() -> said.getTooltip().getText())).contains("recorded as ‘" + login + "’");

        // From the keyboard: F6 from the status bar's coder link goes on to the name field.
        Hyperlink link = find(robot, "#statusCoder", Hyperlink.class);
        robot.interact(link::requestFocus);
        robot.type(KeyCode.F6);
        TextField name = find(robot, "#coderBarName", TextField.class);
        waitUntil(name::isFocused);
        robot.write("Maria Ivanova");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> !bar.isVisible() && link.getText().equals("Coder: Maria Ivanova"));
        waitUntilProject(wb -> wb.coderNotChosenHere().isEmpty());
        assertThat(dialogs.textPrompts).isEmpty();
        Path file = fromProject(Workbench::file);
        robot.interact(main::close);
        try (Workbench reopened = Workbench.open(file)) {
            assertThat(reopened.activeCoder().name()).isEqualTo("Maria Ivanova");
            assertThat(reopened.coderNotChosenHere()).as("answered, not asked again").isEmpty();
        }
    }

    @Test
    void aBlankNameLeavesTheStripAsking(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        Button use = find(robot, "#coderBarUse", Button.class);
        TextField name = find(robot, "#coderBarName", TextField.class);
        waitUntil(use::isVisible);
        assertThat(read(use::isDisabled)).as("nothing typed, nothing to use").isTrue();

        robot.interact(() -> name.setText("   "));
        robot.interact(() -> name.getOnAction().handle(null));
        drainTasks();

        assertThat(read(() -> find(robot, "#coderBar", Node.class).isVisible())).isTrue();
        assertThat(fromProject(Workbench::coderNotChosenHere)).isPresent();
    }
}
