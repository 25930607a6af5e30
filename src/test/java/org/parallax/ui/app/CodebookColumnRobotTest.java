package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.parallax.ui.FxThread;
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
        waitUntil(() -> FxThread.call(() -> main.codebook().roots().size() == 4));
        TreeView<?> tree = find(robot, "#codebookTree", TreeView.class);
        int rows = FxThread.call(tree::getExpandedItemCount);
        assertThat(rows).as("rows of the codebook").isEqualTo(19);
        int whole = settled(() -> wholeRows(tree), n -> n >= 15);
        assertThat(whole).as("codebook rows drawn whole at 1280×800").isGreaterThanOrEqualTo(15);
        Region guide = find(robot, "#frameGuide", Region.class);
        assertThat(FxThread.call(guide::getHeight)).as("the guide's height in px").isGreaterThanOrEqualTo(150);
    }

    /** The Details tab, under the documents list, shows the whole form down to Save details without scrolling. */
    @Test
    void theDetailsTabShowsSaveDetailsWhole(FxRobot robot) throws Exception {
        waitUntil(() -> FxThread.call(() -> !main.documents().rows().isEmpty()));
        selectTab(robot, "Details");
        Button save = find(robot, "#saveDetails", Button.class);
        // The fields scroll above Save details, which sits under them in the tab (SaveDetailsInSightRobotTest).
        TabPane form = FxThread.call(() -> {
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
        List<Double> moved = FxThread.call(window::dividers);
        assertThat(moved).hasSize(5);
        assertThat(moved.get(4)).as("codebook / guide").isCloseTo(0.8, offset(0.01));
        robot.interact(() -> main.saveLayout(1280, 800, moved));
        waitUntil(() -> new SettingsFile(main.settingsFile().file()).load().dividers().equals(moved));
        List<Double> next = FxThread.call(() -> new MainWindow(main, dialogs).dividers());
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
