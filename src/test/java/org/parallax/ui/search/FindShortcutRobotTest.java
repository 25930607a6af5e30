package org.parallax.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.testfx.api.FxRobot;

/**
 * A researcher reading a document presses Ctrl+F and types a word, as in every editor and QDA program: the Search tab
 * comes to the front with the caret in its query box, and Enter lists the hits. A click on the Search tab's heading
 * puts the caret there too (the heading kept the focus, and typing was lost); walked to with the arrows the heading
 * keeps the focus, so the arrows go on past it, and a letter typed there goes into the query.
 */
class FindShortcutRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    @Test
    void ctrlFWhileReadingPutsTheTypedQueryInTheSearchTabAndRunsIt(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2);
        robot.interact(() -> main.documents().select(main.documents().rows().get(0).document().id()));
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> !area.getText().isEmpty());
        robot.interact(area::requestFocus);

        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("NATO");
        robot.type(KeyCode.ENTER);

        TabPane tabs = find(robot, "#bottomTabs", TabPane.class);
        assertThat(read(() -> tabs.getSelectionModel().getSelectedItem().getText())).isEqualTo("Search");
        Node focused = read(() -> area.getScene().getFocusOwner());
        assertThat(focused.getId()).isEqualTo("searchQuery");
        assertThat(read(() -> main.search().queryProperty().get())).isEqualTo("NATO");
        waitUntil(() -> !main.search().rows().isEmpty());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void clickingTheSearchTabPutsTheCaretInItsQueryBox(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2);
        robot.clickOn(heading(robot, "Search"));
        robot.write("NATO");

        Node focused = settled(() -> window.scene().getFocusOwner(), f -> f != null && "searchQuery".equals(f.getId()));
        assertThat(focused.getId()).isEqualTo("searchQuery");
        assertThat(read(() -> main.search().queryProperty().get())).isEqualTo("NATO");
    }

    @Test
    void theArrowsWalkPastTheSearchTabAndALetterTypedOnItsHeadingGoesIntoTheQuery(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2);
        TabPane tabs = find(robot, "#bottomTabs", TabPane.class);
        robot.clickOn(heading(robot, "Table 1"));
        robot.type(KeyCode.RIGHT, 2);
        assertThat(read(() -> tabs.getSelectionModel().getSelectedItem().getText()))
                .as("the tab after two Right arrows from Table 1").isEqualTo("Analysis");
        assertThat(read(() -> window.scene().getFocusOwner())).isSameAs(tabs);

        robot.type(KeyCode.LEFT);
        robot.write("NATO");
        assertThat(read(() -> tabs.getSelectionModel().getSelectedItem().getText())).isEqualTo("Search");
        Node focused = settled(() -> window.scene().getFocusOwner(), f -> f != null && "searchQuery".equals(f.getId()));
        assertThat(focused.getId()).isEqualTo("searchQuery");
        assertThat(read(() -> main.search().queryProperty().get())).isEqualTo("NATO");
    }

    /** The heading of the bottom tab with this title, as the researcher clicks it. */
    private static Node heading(FxRobot robot, String title) {
        return read(() -> robot.lookup("#bottomTabs .tab").queryAll().stream()
                .filter(tab -> robot.from(tab).lookup(".tab-label").queryAll().stream()
                        .anyMatch(label -> title.equals(((javafx.scene.control.Label) label).getText())))
                .findFirst().orElseThrow());
    }
}
