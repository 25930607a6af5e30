package org.parallax.ui.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.testfx.api.FxRobot;

/**
 * The assistant in the real window for a coder who has coded too little to evaluate it: the refusal is shown,
 * and the tab then says why it is not evaluated instead of "Evaluating…" for good.
 */
class AssistantRefusedRobotTest extends RobotWindow {
    /** Two documents, nobody's passages. */
    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    @Test
    void anEvaluationRefusedForTooLittleCodingSaysWhyAndNoLongerEvaluating(FxRobot robot) throws Exception {
        waitUntil(() -> read(() -> main.documents().rows().size()) == 2);
        selectTab(robot, "Assistant");
        robot.clickOn("#assistantEvaluate");
        waitUntil(() -> !dialogs.errors.isEmpty());

        String status = settled(() -> main.assistant().statusProperty().get(), s -> !s.equals("Evaluating…"));
        assertThat(status).startsWith("Not evaluated: ").contains(dialogs.errors.get(0));
        assertThat(read(() -> main.assistant().evaluatedProperty().get())).isFalse();
    }
}
