package org.parallax.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * The Report window (Ctrl+R) had no button to close it, and Escape pressed with the keyboard on one of its choices
 * (where Tab and the arrows leave it) did nothing, so without a window manager's close button (a bare X session, a
 * kiosk) or from the keyboard it stayed over the workbench. It has a Close button, and Escape closes it wherever the
 * focus is in it.
 */
class ReportWindowClosesRobotTest extends RobotWindow {
    @Test
    void escapeOnAChoiceClosesIt(FxRobot robot) throws Exception {
        for (String focused : new String[] {"#reportKind", "#reportCoder", "#reportFormat", "#reportPseudonymise", "#reportSave",
                ".scroll-pane"}) {
            Stage report = openReport(robot);
            robot.interact(() -> report.getScene().lookup(focused).requestFocus());
            waitUntil(() -> report.getScene().lookup(focused).isFocused());

            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

            waitUntil(() -> !report.isShowing());
        }
    }

    @Test
    void itsCloseButtonClosesIt(FxRobot robot) throws Exception {
        Stage report = openReport(robot);
        Node close = read(() -> report.getScene().lookup("#reportClose"));
        assertThat(close).isInstanceOf(Button.class);
        assertThat(read(((Button) close)::getText)).isEqualTo("Close");

        robot.clickOn(close);

        waitUntil(() -> !report.isShowing());
    }

    private Stage openReport(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen() && !main.documents().rows().isEmpty());
        robot.interact(() -> stage.requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.R);
        waitUntil(() -> reportStage() != null);
        Stage report = read(ReportWindowClosesRobotTest::reportStage);
        robot.interact(report::requestFocus);
        return report;
    }

    private static Stage reportStage() {
        return Window.getWindows().stream().filter(win -> win instanceof Stage s
                && "Report".equals(s.getTitle()) && s.isShowing()).map(Stage.class::cast).findFirst().orElse(null);
    }
}
