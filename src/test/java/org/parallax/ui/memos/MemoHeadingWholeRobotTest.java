package org.parallax.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.parallax.model.MemoKind;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.WindowSize;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * At 1280×800 the Memo tab's heading names a passage's code and document whole: "Passage memo: Actions that are
 * threatening to vital interests of either party in Remarks by President Biden on Russia's Unprovoked and Unjustified
 * Attack on Ukraine" ran under the codebook column, cut at "Attac" with no ellipsis and no other place to read it.
 */
@WindowSize(width = 1280, height = 800)
class MemoHeadingWholeRobotTest extends RobotWindow {
    @Test
    void theLongestPassageMemoHeadingShowsWholeWithinTheTab(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        Workbench wb = main.context().workbench();
        Segment longest = wb.coding().segments().stream()
                .max(Comparator.comparingInt(s -> wb.memos().about(MemoTarget.passage(s.id())).length())).orElseThrow();
        String heading = "Passage memo: " + wb.memos().about(MemoTarget.passage(longest.id()));
        selectTab(robot, "Memo");
        robot.interact(() -> {
            main.memo().kindProperty().set(MemoKind.PASSAGE);
            main.memo().passageIdProperty().set(longest.id());
        });
        waitUntil(() -> heading.equals(main.memo().headingProperty().get()));
        Node pane = find(robot, "#memoPane", Node.class);
        Label label = read(() -> (Label) pane.lookupAll(".pane-subtitle").stream()
                .filter(n -> n instanceof Label l && heading.equals(l.getText())).findFirst().orElseThrow());

        // The tabs' right edge, not the memo pane's: a label that will not shrink widens the pane past the tabs.
        Node tabs = find(robot, "#bottomTabs", Node.class);
        String placed = settled(() -> placement(label, tabs), p -> p.startsWith("whole"));
        assertThat(placed).startsWith("whole");
    }

    /** Whether the label draws its whole text inside the tabs, in words a failure can show. */
    private static String placement(Label label, Node tabs) {
        if (label.getWidth() <= 0) {
            return "not laid out";
        }
        String drawn = label.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text)
                .map(n -> ((Text) n).getText()).findFirst().orElse("");
        double right = label.localToScene(label.getLayoutBounds()).getMaxX();
        double tabsRight = tabs.localToScene(tabs.getLayoutBounds()).getMaxX();
        boolean whole = drawn.equals(label.getText()) && right <= tabsRight + 0.5;
        return (whole ? "whole: " : "cut: ") + "draws \"" + drawn + "\", ends at " + right + " px, the tab at "
                + tabsRight + " px";
    }
}
