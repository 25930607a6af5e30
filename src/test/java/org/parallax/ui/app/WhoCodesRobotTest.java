package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A new project's passages were recorded under the computer's login name without a word, and changing it took
 * Edit → Switch coder…, which offered an empty field. A project made in the window now asks who codes in it (the
 * login name offered), and the coder's name in the status bar changes it at once; the project keeps the name. A
 * project made elsewhere (here the sample's copy) said only in the status bar that passages went out under the name
 * it carries: a strip at the top of the window says so, without a question in front of the window, until Keep or
 * Change… answers it, and the answer is remembered.
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

    @Test
    void aProjectMadeElsewhereSaysInAStripWhoCodesUntilKept(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        String named = fromProject(wb -> wb.activeCoder().name());
        Label said = find(robot, "#coderBarText", Label.class);
        Node bar = find(robot, "#coderBar", Node.class);
        waitUntil(() -> said.isVisible() && said.getText().contains("‘" + named + "’"));
        assertThat(read(said::getText)).startsWith("Coding here is recorded as ‘" + named + "’, a name chosen on "
                + "another computer");
        assertThat(dialogs.textPrompts).as("no question stands in front of the window").isEmpty();
        assertThat(read(() -> said.getTooltip().getText())).contains("every export writes it");
        double viewsWithTheStrip = settled(this::viewsHeight, h -> h > 0);

        // From the keyboard: F6 from the status bar's coder link goes on to the strip.
        Hyperlink link = find(robot, "#statusCoder", Hyperlink.class);
        robot.interact(link::requestFocus);
        robot.type(KeyCode.F6);
        Button keep = find(robot, "#coderBarKeep", Button.class);
        waitUntil(keep::isFocused);
        robot.type(KeyCode.SPACE);

        waitUntil(() -> !bar.isVisible());
        assertThat(settled(this::viewsHeight, h -> h == viewsWithTheStrip)).as("the views' height once the strip "
                + "is gone: it took none of it").isEqualTo(viewsWithTheStrip);
        waitUntilProject(wb -> wb.coderNotChosenHere().isEmpty());
        String codingAs = fromProject(wb -> wb.activeCoder().name());
        assertThat(codingAs).isEqualTo(named);
        assertThat(dialogs.textPrompts).isEmpty();
        Path file = fromProject(Workbench::file);
        robot.interact(main::close);
        try (Workbench reopened = Workbench.open(file)) {
            assertThat(reopened.coderNotChosenHere()).as("kept, not asked again").isEmpty();
        }
    }

    /** The height of the window's work area, the panes and tabs under the menu. */
    private double viewsHeight() {
        return read(() -> ((BorderPane) stage.getScene().getRoot()).getCenter().getLayoutBounds().getHeight());
    }

    @Test
    void changeInTheStripCodesUnderTheNameGivenAndCancelLeavesItStanding(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        Button change = find(robot, "#coderBarChange", Button.class);
        Node bar = find(robot, "#coderBar", Node.class);
        waitUntil(change::isVisible);

        robot.clickOn(change);
        waitUntil(() -> dialogs.textPrompts.size() == 1);
        assertThat(read(() -> bar.isVisible()))
                .as("a question cancelled leaves the strip").isTrue();

        dialogs.textAnswers.add("Mira Hodge");
        robot.clickOn(change);

        Hyperlink coder = find(robot, "#statusCoder", Hyperlink.class);
        waitUntil(() -> coder.getText().equals("Coder: Mira Hodge")
                && !bar.isVisible());
        assertThat(dialogs.textPrompts).last().asString().startsWith("Passages and memos you write here are recorded "
                + "under this name");
        waitUntilProject(wb -> wb.coderNotChosenHere().isEmpty());
    }

    @Test
    void aNewProjectWhoseLoginNameIsKeptShowsNoStrip(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        Path made = Files.createTempDirectory(dir, "new").resolve("kept.parallax");
        dialogs.pathAnswers.add(made);
        dialogs.choiceAnswer = ProjectActions.EMPTY_CODEBOOK;

        robot.interact(() -> menuItem(robot, "File", "New project…").fire());

        waitUntil(() -> dialogs.textPrompts.size() == 1);
        waitUntilProject(wb -> wb.location().endsWith("kept.parallax"));
        Node bar = find(robot, "#coderBar", Node.class);
        java.util.Optional<String> notChosen = fromProject(Workbench::coderNotChosenHere);
        assertThat(notChosen).as("the login name kept in a project made here").isEmpty();
        waitUntil(() -> !bar.isVisible());
    }
}
