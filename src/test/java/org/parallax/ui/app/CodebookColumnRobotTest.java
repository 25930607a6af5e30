package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.WindowSize;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A researcher codes from the codebook tree all day: at 1280×800 it shows at least 15 rows drawn whole, while the
 * frame guide under it keeps room for a definition. Beside the text, over the tabs, the tree showed five.
 */
@WindowSize(width = 1280, height = 800)
class CodebookColumnRobotTest extends RobotWindow {
    private static final List<String> CODES = List.of("Interdependence", "Regimes", "Institutional lock-in",
            "Absolute gains");

    /** The sample's codebook has 14 rows (two frames, the scenarios, eleven entries): a third frame makes it 19. */
    @Override
    protected Path project(Path folder) throws Exception {
        Path project = folder.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), project);
        try (Workbench wb = Workbench.open(project)) {
            long frame = wb.codebook().addFrame("Liberal institutionalism", "", null).id();
            for (String code : CODES) {
                wb.codebook().addCode(code, frame, null, null, "");
            }
        }
        return project;
    }

    @Test
    void theTreeShowsFifteenRowsWholeAndTheGuideKeepsItsRoom(FxRobot robot) throws Exception {
        waitUntil(() -> main.codebook().roots().size() == 4);
        TreeView<?> tree = find(robot, "#codebookTree", TreeView.class);
        int rows = read(tree::getExpandedItemCount);
        assertThat(rows).as("rows of the codebook").isEqualTo(19);
        int whole = settled(() -> wholeRows(tree), n -> n >= 15);
        assertThat(whole).as("codebook rows drawn whole at 1280×800").isGreaterThanOrEqualTo(15);
        Region guide = find(robot, "#frameGuide", Region.class);
        assertThat(read(guide::getHeight)).as("the guide's height in px").isGreaterThanOrEqualTo(150);
    }

    /** The guide's text under a code began flush with the panel's left edge; it now keeps the heading's margin. */
    @Test
    void theGuideTextKeepsTheHeadingsMarginFromThePanelsEdge(FxRobot robot) throws Exception {
        waitUntil(() -> main.codebook().roots().size() == 4);
        robot.interact(() -> main.codebook().selectedProperty().set(main.codebook().roots().get(0).children().get(0)));
        Region guide = find(robot, "#frameGuide", Region.class);
        // Where the heading's letters and the first line of text below it begin, from the guide's left edge.
        double[] starts = settled(() -> {
            javafx.scene.layout.Pane content = (javafx.scene.layout.Pane) ((javafx.scene.control.ScrollPane) guide)
                    .getContent();
            if (content.getChildren().size() < 2) {
                return null;
            }
            double edge = guide.localToScene(guide.getLayoutBounds()).getMinX();
            Label heading = (Label) content.getChildren().get(0);
            Label text = (Label) content.getChildren().get(1);
            return new double[] {heading.localToScene(heading.getLayoutBounds()).getMinX()
                    + heading.getPadding().getLeft() - edge,
                    text.localToScene(text.getLayoutBounds()).getMinX() + text.getPadding().getLeft() - edge};
        }, s -> s != null);
        assertThat(starts[1]).as("the text's distance from the guide's left edge in px").isGreaterThanOrEqualTo(6)
                .isCloseTo(starts[0], within(0.5));
    }

    /** The Details tab, under the documents list, shows the whole form down to Save details without scrolling. */
    @Test
    void theDetailsTabShowsSaveDetailsWhole(FxRobot robot) throws Exception {
        waitUntil(() -> !main.documents().rows().isEmpty());
        selectTab(robot, "Details");
        Button save = find(robot, "#saveDetails", Button.class);
        // The fields scroll above Save details, which sits under them in the tab (SaveDetailsInSightRobotTest).
        TabPane form = read(() -> {
            javafx.scene.Node up = save;
            while (!(up instanceof TabPane)) {
                up = up.getParent();
            }
            return (TabPane) up;
        });
        Bounds shown = settled(() -> form.localToScene(form.getLayoutBounds()), b -> b.getHeight() > 0);
        Bounds button = settled(() -> save.localToScene(save.getLayoutBounds()),
                b -> b.getMaxY() <= shown.getMaxY() + 0.5);
        assertThat(button.getMaxY()).as("Save details' bottom edge, the tab's at " + shown.getMaxY())
                .isLessThanOrEqualTo(shown.getMaxY() + 0.5);
    }

    /** A divider the user moved comes back in the next window; so do the others. */
    @Test
    void theCodebookGuideDividerIsRememberedInTheNextWindow(FxRobot robot) throws Exception {
        SplitPane column = find(robot, "#codebookColumn", SplitPane.class);
        robot.interact(() -> column.setDividerPositions(0.8));
        List<Double> moved = read(window::dividers);
        assertThat(moved).hasSize(5);
        assertThat(moved.get(4)).as("codebook / guide").isCloseTo(0.8, offset(0.01));
        robot.interact(() -> main.saveLayout(1280, 800, moved));
        waitUntil(() -> new SettingsFile(main.settingsFile().file()).load().dividers().equals(moved));
        List<Double> next = read(() -> new MainWindow(main, dialogs).dividers());
        for (int i = 0; i < moved.size(); i++) {
            assertThat(next.get(i)).as("divider " + i).isCloseTo(moved.get(i), offset(0.001));
        }
    }

    /** The tree's rows with an entry, drawn whole inside it. */
    private static int wholeRows(TreeView<?> tree) {
        Bounds inside = tree.localToScene(tree.getLayoutBounds());
        return (int) tree.lookupAll(".tree-cell").stream()
                .filter(n -> n instanceof TreeCell<?> c && c.getItem() != null && c.isVisible())
                .map(n -> n.localToScene(n.getLayoutBounds()))
                .filter(b -> b.getMinY() >= inside.getMinY() - 0.5 && b.getMaxY() <= inside.getMaxY() + 0.5).count();
    }
}
