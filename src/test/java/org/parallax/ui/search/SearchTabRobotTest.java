package org.parallax.ui.search;

import org.parallax.ui.RobotWindow;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.SearchHit;
import org.testfx.api.FxRobot;

/** The search tab in the real window on headless Monocle: type a query, press Enter, open a hit. */
class SearchTabRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) throws Exception {
        return UiFixture.createProject(folder);
    }

    @Test
    void enterRunsTheQueryAndSelectingALineSelectsTheHitInTheText(FxRobot robot) throws Exception {
        waitUntil(() -> main.search().indexStatusProperty().get().startsWith("Search index"));
        selectTab(robot, "Search");

        robot.clickOn("#searchQuery").write("terrorism").type(KeyCode.ENTER);

        TableView<SearchHit> table = find(robot, "#searchResults", TableView.class);
        // The rows and the totals line are set one after the other on the UI thread; wait for both.
        waitUntil(() -> table.getItems().size() == 1 && !main.search().totalsProperty().get().isEmpty());
        SearchHit hit = read(() -> table.getItems().get(0));
        assertThat(hit.hit()).isEqualToIgnoringCase("terrorism");
        assertThat(read(() -> main.search().totalsProperty().get())).isEqualTo("1 hit in 1 document");

        robot.interact(() -> table.getSelectionModel().select(0));
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> area.getSelection().getStart() == hit.start() && area.getSelection().getEnd() == hit.end());
        assertThat(read(area::getSelectedText)).isEqualTo(hit.hit());
        waitUntil(() -> area.getStyleAtPosition(hit.start() + 1).contains("border-stroke"));
        assertThat(read(() -> area.getStyleAtPosition(hit.end() + 2))).doesNotContain("border-stroke");

        robot.clickOn("#searchQuery").eraseText("terrorism".length()).write("\"balance of").type(KeyCode.ENTER);
        waitUntil(() -> !main.search().errorProperty().get().isEmpty());
        assertThat(copy(table::getItems)).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    /**
     * The left context, too long for its column, was cut at its end ("… and to refrain in their international
     * relatio…"), hiding the words next to the hit; it is now cut at its start, so the words before the hit show.
     */
    @Test
    void theLeftContextIsCutAtItsStartSoTheWordsBeforeTheHitShow(FxRobot robot) throws Exception {
        waitUntil(() -> main.search().indexStatusProperty().get().startsWith("Search index"));
        selectTab(robot, "Search");

        robot.clickOn("#searchQuery").write("terrorism").type(KeyCode.ENTER);

        TableView<SearchHit> table = find(robot, "#searchResults", TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        String left = read(() -> table.getItems().get(0).left());
        waitUntil(() -> robot.lookup(".table-cell").queryAll().stream().anyMatch(n -> n instanceof TableCell<?, ?> c
                && left.equals(c.getText())));
        TableCell<?, ?> cell = read(() -> robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && left.equals(c.getText())).map(n -> (TableCell<?, ?>) n)
                .findFirst().orElseThrow());
        assertThat(read(cell::getTextOverrun)).isEqualTo(OverrunStyle.LEADING_ELLIPSIS);
    }

    @Test
    void aNoteBesideTheTotalsIsShownWholeNotCutOff(FxRobot robot) throws Exception {
        waitUntil(() -> main.search().indexStatusProperty().get().startsWith("Search index"));
        selectTab(robot, "Search");
        robot.interact(() -> main.search().queryProperty().set("\"Современный мир\""));
        robot.clickOn("#searchQuery").type(KeyCode.ENTER);

        waitUntil(() -> main.search().totalsProperty().get().contains("drop the quotes"));
        Label totals = find(robot, "#searchTotals", Label.class);
        waitUntil(() -> ((Text) totals.lookup(".text")).getText().equals(totals.getText()));
        assertThat(read(() -> ((Text) totals.lookup(".text")).getText())).as("as drawn, not cut with …")
                .endsWith("drop the quotes to find every form of each word (anywhere in a document, not only side "
                        + "by side)");
    }
}
