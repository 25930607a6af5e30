package org.parallax.ui.table1;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.parallax.testutil.ConsensusFixture;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * The Table 1 tab's coder chooser in a project with a consensus layer: the tab says which layers it counts, and
 * choosing the consensus in the list recounts Table 1 over that layer alone.
 */
class LayerChooserRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) throws Exception {
        Path project = super.project(folder);
        ConsensusFixture.acceptA(project);
        return project;
    }

    @Test
    void choosingTheConsensusInTheListCountsItAlone(FxRobot robot) throws Exception {
        waitUntil(() -> !main.table1().rows().isEmpty());
        selectTab(robot, "Table 1");
        Label line = find(robot, "#table1Layers", Label.class);
        waitUntil(() -> line.getText().startsWith("Counting analyst and second-coder, not consensus"));
        @SuppressWarnings("unchecked")
        ComboBox<String> coder = find(robot, "#table1Coder", ComboBox.class);
        assertThat(copy(coder::getItems)).contains("All coders", "analyst", "second-coder", "consensus");
        assertThat(read(coder::getValue)).isEqualTo("All coders");

        robot.clickOn(coder);
        Node consensus = read(() -> robot.lookup(".list-cell").match(LabeledMatchers.hasText("consensus")).query());
        robot.clickOn(consensus);

        waitUntil(() -> line.getText().equals("Counting consensus only, not analyst or second-coder."));
        waitUntil(() -> main.table1().matrixProperty().get().total().segments() == 1);
        assertThat(read(coder::getValue)).isEqualTo("consensus");
    }
}
