package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.Shown;
import org.parallax.ui.WindowSize;
import org.testfx.api.FxRobot;

/**
 * The first start opens a 1400 px window, fitted to a 1024×768 screen (or the researcher narrows it): the split panes
 * share the loss, the codebook takes its width back, and the documents list and the bottom tabs are left with about
 * 720 px. The list showed its titles and part of the dates, and the tabs' strip cut "Process tracing" to "Pro".
 */
@WindowSize(width = 1400, height = 800)
class NarrowedTo1024RobotTest extends RobotWindow {
    @Test
    void theDocumentsListsColumnsAndEveryBottomTabsHeadingStayInView(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        resizeTo(robot, 1024, 768);
        TableView<?> documents = find(robot, "#documentsTable", TableView.class);
        TabPane tabs = find(robot, "#bottomTabs", TabPane.class);
        List<String> problems = settled(() -> {
            List<String> found = new ArrayList<>();
            Shown.columnsOutOfView(documents).forEach(c -> found.add("documents list: " + c + " out of view"));
            Shown.tabsNotWhole(tabs).forEach(t -> found.add("tab " + t));
            return found;
        }, List::isEmpty);
        assertThat(problems).isEmpty();
    }
}
