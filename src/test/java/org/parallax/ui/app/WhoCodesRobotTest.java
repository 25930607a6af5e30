package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A new project's passages were recorded under the computer's login name without a word, and changing it took
 * Edit → Switch coder…, which offered an empty field. A project made in the window now asks who codes in it (the
 * login name offered), and the coder's name in the status bar changes it at once; the project keeps the name. A
 * project made elsewhere (here the sample's copy, which names 'analyst') asked nothing, and passages went out under
 * the name it carried: it asks once, as it opens, and the answer is this computer's choice from then on.
 */
class WhoCodesRobotTest extends RobotWindow {
    private static final String LOGIN = System.getProperty("user.name");

    @Override
    protected void open(Stage stage) throws Exception {
        // The sample's copy asks as it opens, before a test can queue the answer.
        dialogs.coderAnswers.add("Vera Lind");
        super.open(stage);
    }

    @Test
    void aProjectMadeElsewhereAsksWhoCodesOnceAsItOpens(FxRobot robot) throws Exception {
        Hyperlink coder = find(robot, "#statusCoder", Hyperlink.class);
        waitUntil(() -> coder.getText().equals("Coder: Vera Lind"));
        assertThat(dialogs.coderPrompts).singleElement().asString()
                .contains("'analyst', which was not chosen on this computer").endsWith("[analyst]");
        Path project = fromProject(Workbench::file);

        reopen(robot, project);

        assertThat(dialogs.coderPrompts).hasSize(1);
        assertThat(activeCoder()).isEqualTo("Vera Lind");
        assertThat(coderNotChosenHere()).isFalse();
    }

    @Test
    void aQuestionClosedKeepsTheNameAndIsNotAskedAgain(FxRobot robot) throws Exception {
        Hyperlink coder = find(robot, "#statusCoder", Hyperlink.class);
        waitUntil(() -> coder.getText().equals("Coder: Vera Lind"));
        Path sample = fromProject(Workbench::file);
        robot.interact(main::close);
        drainTasks();
        Path copy = Files.createTempDirectory(dir, "colleague").resolve("colleague.parallax");
        Files.copy(sample, copy);
        try (Workbench colleague = Workbench.open(copy)) {
            colleague.forgetWhoChoseTheCoder();
        }

        reopen(robot, copy);

        assertThat(dialogs.coderPrompts).hasSize(2);
        assertThat(activeCoder()).isEqualTo("Vera Lind");
        reopen(robot, copy);
        assertThat(dialogs.coderPrompts).hasSize(2);
        assertThat(coderNotChosenHere()).isFalse();
    }

    @Test
    void aNewProjectAsksWhoCodesAndTheStatusBarChangesIt(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        Path made = Files.createTempDirectory(dir, "new").resolve("fieldwork.parallax");
        dialogs.pathAnswers.add(made);
        dialogs.choiceAnswer = ProjectActions.EMPTY_CODEBOOK;
        dialogs.coderAnswers.add("Anna Petrova");

        robot.interact(() -> menuItem(robot, "File", "New project…").fire());

        Hyperlink coder = find(robot, "#statusCoder", Hyperlink.class);
        waitUntil(() -> coder.getText().equals("Coder: Anna Petrova"));
        assertThat(fromProject(Workbench::location)).endsWith("fieldwork.parallax");
        assertThat(dialogs.coderPrompts).last().asString()
                .startsWith("Passages you code are recorded under this name, and every export writes it with them")
                .endsWith("[" + LOGIN + "]");

        dialogs.textAnswers.add("Boris");
        robot.clickOn(coder);

        waitUntil(() -> coder.getText().equals("Coder: Boris"));
        assertThat(dialogs.textPrompts).last().asString().endsWith("[Anna Petrova]");
        robot.interact(main::close);
        try (Workbench reopened = Workbench.open(made)) {
            assertThat(reopened.activeCoder().name()).isEqualTo("Boris");
        }
    }

    /** The login name offered and kept (the question closed) is chosen here too: the project never asks again. */
    @Test
    void aNewProjectsLoginNameKeptIsChosenHere(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        int asked = dialogs.coderPrompts.size();
        Path made = Files.createTempDirectory(dir, "new").resolve("pilot.parallax");
        dialogs.pathAnswers.add(made);
        dialogs.choiceAnswer = ProjectActions.EMPTY_CODEBOOK;

        robot.interact(() -> menuItem(robot, "File", "New project…").fire());
        waitUntil(() -> dialogs.coderPrompts.size() == asked + 1);
        robot.interact(main::close);

        try (Workbench reopened = Workbench.open(made)) {
            assertThat(reopened.activeCoder().name()).isEqualTo(LOGIN);
            assertThat(reopened.coderNotChosenHere()).isEmpty();
        }
    }

    private String activeCoder() throws Exception {
        return fromProject(wb -> wb.activeCoder().name());
    }

    private boolean coderNotChosenHere() throws Exception {
        return fromProject(wb -> wb.coderNotChosenHere().isPresent());
    }

    private void reopen(FxRobot robot, Path project) throws Exception {
        robot.interact(main::close);
        drainTasks();
        robot.interact(() -> main.open(project));
        waitUntilProject(wb -> wb.file().equals(project));
        // The question is asked on the FX thread once the project is open, and its answer written in the background.
        robot.interact(() -> {
        });
        drainTasks();
    }
}
