package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window starts faster by building only the bottom tab in front (issue 13, start-up): the others get their
 * content the first time they come to the front, and then work as before.
 */
class TabsBuiltWhenShownRobotTest extends RobotWindow {
    @Test
    void onlyTheTabInFrontIsBuiltAndAnotherIsBuiltWhenChosen(FxRobot robot) throws Exception {
        TabPane tabs = find(robot, "#bottomTabs", TabPane.class);
        waitUntil(() -> main.openProperty().get());
        List<String> built = WaitForAsyncUtils.asyncFx(() -> builtTabs(tabs)).get();
        assertThat(read(() -> tabs.getSelectionModel().getSelectedItem().getText())).isEqualTo("Table 1");
        assertThat(built).contains("Table 1").doesNotContain("Analysis", "Timeline", "Compare", "Practice",
                "Process tracing", "Assistant", "Search", "Codes", "Memo", "Memos");
        assertThat(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#analysisTable").tryQuery()).get()).isEmpty();

        selectTab(robot, "Analysis");
        assertThat(WaitForAsyncUtils.asyncFx(() -> builtTabs(tabs)).get()).contains("Analysis");
        waitUntil(() -> main.analysis().rows().size() == 11);
        TableView<?> table = find(robot, "#analysisTable", TableView.class);
        waitUntil(() -> !table.getItems().isEmpty());

        // back and forth keeps the one view: it is built once
        javafx.scene.Node analysis = WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().getSelectedItem()
                .getContent()).get();
        selectTab(robot, "Table 1");
        selectTab(robot, "Analysis");
        assertThat(WaitForAsyncUtils.asyncFx(() -> tabs.getSelectionModel().getSelectedItem().getContent()).get())
                .isSameAs(analysis);
    }

    private static List<String> builtTabs(TabPane tabs) {
        return tabs.getTabs().stream().filter(t -> t.getContent() != null).map(Tab::getText).toList();
    }
}
