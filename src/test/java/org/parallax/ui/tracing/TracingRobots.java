package org.parallax.ui.tracing;

import java.util.concurrent.Callable;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.parallax.ui.FxThread;
import org.testfx.api.FxRobot;

/** What the Process tracing robot tests do alike: press a button, fill a field, start from the study's template. */
final class TracingRobots {
    private TracingRobots() {
    }

    /** Presses a button as a click would (a second robot click on the same spot is not always delivered). */
    static void press(FxRobot robot, String button) {
        robot.interact(() -> FxThread.find(robot, button, Button.class).fire());
    }

    static TextField field(FxRobot robot, String id) {
        return FxThread.find(robot, id, TextField.class);
    }

    /** The form may scroll in a short window; the text goes in through the field as typing would leave it. */
    static void type(FxRobot robot, String id, String text) {
        TextField input = field(robot, id);
        robot.interact(() -> input.setText(text));
    }

    /** Adds the study's H1, H2 and catch-all and returns the condition that their form fields are shown. */
    static Callable<Boolean> studyTemplate(FxRobot robot, TracingViewModel tracing) {
        robot.clickOn("#studyTemplate");
        return () -> tracing.likelihoods().size() == 3
                && FxThread.call(() -> robot.lookup("#likelihood-Other").tryQuery().isPresent());
    }
}
