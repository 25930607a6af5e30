package org.parallax.ui.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.WindowSize;
import org.testfx.api.FxRobot;

/**
 * The first start opens a 1400 px window on a smaller screen, or the user makes the window narrower: the codebook
 * column is given back the width its names need and the text gives way. The split pane shared the loss equally, and
 * the codebook shrank to about 130 px at 1024×768, where "Convergence of norms" and "Convergence of interests" both
 * read "Converg…" and the counts were cut off.
 */
@WindowSize(width = 1400, height = 800)
class CodeNamesReadableRobotTest extends RobotWindow {
    private static final List<String> NAMES = List.of("Balance of power", "Convergence of norms",
            "Convergence of interests");
    @Test
    void atTenTwentyFourTheCodeNamesKeysAndCountsAreShownWhole(FxRobot robot) throws Exception {
        waitUntil(() -> main.codebook().roots().size() == 3);
        resizeTo(robot, 1024, 768);
        SplitPane column = find(robot, "#codebookColumn", SplitPane.class);
        TreeView<?> tree = find(robot, "#codebookTree", TreeView.class);
        Map<String, String> cut = settled(() -> cutRows(tree), Map::isEmpty);
        assertThat(read(column::getWidth)).as("the codebook column's width in px at 1024")
                .isGreaterThanOrEqualTo(240);
        assertThat(cut).as("rows whose name, key or count is cut short").isEmpty();
    }

    /** The sample codes' rows (by name) whose name, key cap or count is drawn narrower than it needs. */
    private static Map<String, String> cutRows(TreeView<?> tree) {
        Map<String, String> cut = tree.lookupAll(".tree-cell").stream()
                .filter(n -> n instanceof TreeCell<?> c && c.getItem() instanceof CodebookNode node
                        && NAMES.contains(node.name()) && c.getGraphic() instanceof HBox)
                .map(n -> (HBox) ((TreeCell<?>) n).getGraphic())
                .filter(row -> row.getChildren().stream().anyMatch(c -> c instanceof Label l
                        && l.getWidth() < l.prefWidth(-1) - 0.5))
                .collect(Collectors.toMap(row -> ((Label) row.getChildren().get(1)).getText(),
                        row -> row.getChildren().stream().filter(Label.class::isInstance)
                                .map(c -> ((Label) c).getText() + " " + Math.round(((Label) c).getWidth()) + "/"
                                        + Math.round(((Label) c).prefWidth(-1)) + " px")
                                .collect(Collectors.joining(", ")), (a, b) -> a));
        long shown = tree.lookupAll(".tree-cell").stream().filter(n -> n instanceof TreeCell<?> c
                && c.getItem() instanceof CodebookNode node && NAMES.contains(node.name())).count();
        if (shown < NAMES.size()) {
            cut.put("(rows not drawn yet)", shown + " of " + NAMES.size());
        }
        return cut;
    }
}
