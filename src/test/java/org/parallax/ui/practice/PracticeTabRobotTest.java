package org.parallax.ui.practice;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/** The Practice tab in the real window on headless Monocle, with real background tasks. */
class PracticeTabRobotTest extends RobotWindow {
    @Test
    void comparesTheSelectedDocumentAndSharesTheBlindCodingSwitch(FxRobot robot) throws Exception {
        selectTab(robot, "Practice");
        waitUntil(() -> !main.documents().rows().isEmpty());
        robot.interact(() -> main.documents().selectedProperty().set(main.documents().rows().get(0)));
        @SuppressWarnings("unchecked")
        ComboBox<String> student = find(robot, "#practiceStudent", ComboBox.class);
        waitUntil(() -> student.getItems().contains("second-coder"));
        robot.interact(() -> student.setValue("second-coder"));

        robot.interact(() -> find(robot, "#practiceCompare", Button.class).fire());
        Label summary = find(robot, "#practiceSummary", Label.class);
        waitUntil(() -> summary.getText().contains("κ ="));
        assertThat(read(summary::getText)).contains("matched").contains("missed").contains("extra");
        assertThat(read(() -> find(robot, "#practiceRows", TableView.class).getItems().isEmpty())).isFalse();

        robot.interact(() -> find(robot, "#practiceBlind", CheckBox.class).setSelected(true));
        assertThat(read(() -> main.coder().blindProperty().get())).isTrue();
    }
}
