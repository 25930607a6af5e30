package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.Shown;
import org.parallax.ui.WindowSize;
import org.testfx.api.FxRobot;

/**
 * At 1024×768 the lists may not fit their panes, but no column may be out of reach: JavaFX's constrained column
 * policy hides the sideways scroll bar and clipped the documents list to its titles and Table 1 and Analysis to
 * their first scenarios. A list wider than its pane must scroll sideways.
 */
@WindowSize(width = 1024, height = 768)
class UsableAt1024RobotTest extends RobotWindow {
    /**
     * A third frame (a new user adds Institutionalism) lengthens the lens header's counts; at 1024 px they give way,
     * whole in their tooltip, where the "Lens:" label and the split view's button were cut to "…" and "Split len…".
     */
    @Test
    void theLensHeaderKeepsItsLabelAndButtonWholeWithAThirdFrame(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() > 10);
        long first = read(() -> main.documents().rows().get(0).id());
        robot.interact(() -> {
            main.context().write(wb -> wb.codebook().addFrame("Institutionalism", null, null));
            main.documents().select(first);
        });
        Label counts = find(robot, "#lensCounts", Label.class);
        waitUntil(() -> counts.getText().contains("Institutionalism"));
        Labeled name = read(() -> (Labeled) counts.getParent().getChildrenUnmodifiable().get(0));
        Labeled split = find(robot, "#splitLensToggle", Labeled.class);
        List<String> cut = settled(() -> Stream.of(name, split).filter(l -> !Shown.text(l).equals(l.getText()))
                .map(Labeled::getText).toList(), List::isEmpty);
        assertThat(cut).isEmpty();
        assertThat(read(() -> counts.getTooltip().getText())).isEqualTo(read(counts::getText));
    }


    @Test
    void everyListShowsOrScrollsToEachOfItsColumns(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() > 10 && !main.table1().rows().isEmpty());
        TabPane tabs = find(robot, "#bottomTabs", TabPane.class);
        List<String> problems = new ArrayList<>(settled(() -> unreachable(find(robot, "#documentsTable",
                TableView.class)), List::isEmpty));
        for (String tab : List.of("Table 1", "Passages", "Analysis", "Codes", "Compare", "Memos")) {
            selectTab(robot, tab);
            waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getContent() != null
                    && !tabs.getSelectionModel().getSelectedItem().getContent().lookupAll(".table-view").isEmpty());
            // A tab reads the project when it comes to the front: its columns are laid out once its rows are in.
            List<TableView<?>> tables = settled(() -> tabs.getSelectionModel().getSelectedItem().getContent()
                    .lookupAll(".table-view").stream().filter(n -> n instanceof TableView<?> && n.isVisible())
                    .<TableView<?>>map(n -> (TableView<?>) n).toList(),
                    shown -> shown.stream().noneMatch(t -> t.getItems().isEmpty()));
            for (TableView<?> table : tables) {
                settled(() -> unreachable(table), List::isEmpty).forEach(p -> problems.add(tab + ": " + p));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Columns wider than the list with no sideways scroll bar: the ones past the edge cannot be reached. */
    private static List<String> unreachable(TableView<?> table) {
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        Region header = (Region) table.lookup(".column-header-background");
        double inside = header == null ? table.getWidth() : header.getWidth();
        boolean scrolls = table.lookupAll(".scroll-bar").stream().map(ScrollBar.class::cast)
                .anyMatch(b -> b.getOrientation() == Orientation.HORIZONTAL && b.isVisible());
        // JavaFX's constrained policy snaps each column to whole pixels, so a fitted table's columns can add up to
        // a pixel more than its width: a column cut by one pixel is still there to read and click.
        return columns > inside + 1.5 && !scrolls
                ? List.of(table.getId() + ": columns " + columns + " px wide in " + inside + " px, no scroll bar")
                : List.of();
    }
}
