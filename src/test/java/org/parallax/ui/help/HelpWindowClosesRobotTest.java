package org.parallax.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parallax.ui.FxThread;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Help → Documentation had no way out but the window manager's close button: without one (a kiosk, a bare X session)
 * or from the keyboard, the window stayed over the workbench. It closes with its own Close button and on Escape,
 * wherever the focus is in it (the list of pages, the page).
 */
@ExtendWith(ApplicationExtension.class)
class HelpWindowClosesRobotTest {
    private Stage help;

    @Start
    void start(Stage stage) {
        // The help window is a stage of its own, opened by the test.
    }

    @AfterEach
    void closeHelp() {
        if (help != null) {
            FxThread.call(() -> {
                help.close();
                return null;
            });
        }
    }

    @Test
    void escapeInTheListOfPagesClosesIt(FxRobot robot) {
        assertThat(closedByEscapeIn(robot, "#helpPages")).isTrue();
    }

    @Test
    void escapeInThePageClosesIt(FxRobot robot) {
        assertThat(closedByEscapeIn(robot, ".scroll-pane")).isTrue();
    }

    /** Whether Escape, pressed with the focus on the node {@code query} finds, closed the window. */
    private boolean closedByEscapeIn(FxRobot robot, String query) {
        help = FxThread.call(() -> HelpWindow.show(null));
        WaitForAsyncUtils.waitForFxEvents();
        FxThread.call(() -> {
            help.getScene().lookup(query).requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return !FxThread.call(help::isShowing);
    }

    @Test
    void itsCloseButtonClosesIt(FxRobot robot) {
        help = FxThread.call(() -> HelpWindow.show(null));
        WaitForAsyncUtils.waitForFxEvents();
        Node close = FxThread.call(() -> help.getScene().lookup("#helpClose"));
        assertThat(close).isInstanceOf(Button.class);
        assertThat(FxThread.call(() -> ((Button) close).getText())).isEqualTo("Close");

        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(FxThread.call(help::isShowing)).isFalse();
    }
}
