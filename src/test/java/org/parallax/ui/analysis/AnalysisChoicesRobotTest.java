package org.parallax.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.MatrixValues;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.WindowSize;
import org.testfx.api.FxRobot;

/** The Analysis tab as a new user reads it at 1280×800: each choice beside its name, a cell's list in its words. */
@WindowSize(width = 1280, height = 800)
class AnalysisChoicesRobotTest extends RobotWindow {
    @Test
    void everyChoiceStaysOnTheLineOfItsName(FxRobot robot) throws Exception {
        selectTab(robot, "Analysis");
        waitUntil(() -> main.analysis().rows().size() == 11);
        Label name = read(() -> robot.lookup(".pane-subtitle").queryAllAs(Label.class).stream()
                .filter(l -> "Percent".equals(l.getText())).findFirst().orElseThrow());
        // The box is the node after its name, wherever the two were put.
        Node percent = read(() -> name.getParent().getChildrenUnmodifiable().get(
                name.getParent().getChildrenUnmodifiable().indexOf(name) + 1));
        assertThat(percent).isInstanceOf(ComboBox.class);
        Bounds box = read(() -> scene(percent));
        Bounds label = read(() -> scene(name));
        assertThat(label.getCenterY()).isBetween(box.getMinY(), box.getMaxY());
        assertThat(label.getMaxX()).isLessThanOrEqualTo(box.getMinX());
    }

    @Test
    void aCellCountingDocumentsListsItsPassagesWithTheirDocuments(FxRobot robot) throws Exception {
        selectTab(robot, "Analysis");
        waitUntil(() -> main.analysis().rows().size() == 11);
        robot.interact(() -> main.analysis().measureProperty().set(MatrixValues.Measure.DOCUMENTS));
        int realism = read(() -> main.analysis().rows().stream().map(MatrixRow::label).toList()
                .indexOf("Realism"));
        waitUntil(() -> main.analysis().rows().get(realism).values().get(4) < 31);
        double documents = read(() -> main.analysis().rows().get(realism).values().get(4));
        robot.interact(() -> main.analysis().selectCell(realism, 4));
        Label heading = find(robot, "#analysisPassagesHeading", Label.class);
        String read = settled(heading::getText, text -> text.contains(": "));
        assertThat(read).endsWith(": 31 passages in " + (int) documents + " documents");
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
