package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.Shown;
import org.parallax.ui.WindowSize;
import org.testfx.api.FxRobot;

/**
 * At 1024×700 the bottom strip showed Details to Memos; with Memo brought to the front, the strip's overflow menu (▾)
 * went, and Process tracing and Assistant could not be reached: their headings were hidden, and a hidden heading no
 * longer counted in the width the strip checks to decide whether its tabs fit.
 */
@WindowSize(width = 1024, height = 700)
class EveryTabReachableRobotTest extends RobotWindow {
    @Test
    void everyTabHasAWholeHeadingOrTheOverflowMenuWhicheverTabIsInFront(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        TabPane tabs = find(robot, "#bottomTabs", TabPane.class);
        List<String> titles = read(() -> tabs.getTabs().stream().map(Tab::getText).toList());
        List<String> problems = new ArrayList<>();
        sizes:
        for (int width : new int[] {1024, 900, 800}) {
            resizeTo(robot, width, 700);
            for (String title : titles) {
                selectTab(robot, title);
                settled(() -> Shown.tabsNotWhole(tabs), List::isEmpty)
                        .forEach(p -> problems.add(width + " px, " + title + " in front: " + p));
                if (!problems.isEmpty()) {
                    break sizes;
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
