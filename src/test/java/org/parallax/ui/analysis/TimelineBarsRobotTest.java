package org.parallax.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.Timeline;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.passages.PassageRow;
import org.testfx.api.FxRobot;

/**
 * The Timeline's bars were a picture: a researcher who saw Realism take half of 2007 could not reach the passages
 * behind that bar, by mouse or keyboard, as Table 1's cells let them. A bar clicked now lists its passages beside the
 * chart; the chart takes the keyboard, the arrows move from bar to bar, Enter goes on to the passages and opens one.
 */
class TimelineBarsRobotTest extends RobotWindow {
    @Test
    void aBarClickedListsItsPassagesAndTheKeysGoFromBarToBarAndOnToThePassages(FxRobot robot) throws Exception {
        selectTab(robot, "Timeline");
        waitUntil(() -> main.timeline().timelineProperty().get() != null);
        Timeline timeline = read(() -> main.timeline().timelineProperty().get());
        int y2007 = TimelineViewModel.binIndex(timeline, "2007");
        int realism = 0;
        assertThat(timeline.series().get(realism).label()).isEqualTo("Realism");
        int expected = timeline.series().get(realism).counts().get(y2007);
        assertThat(expected).isPositive();
        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> chart = find(robot, "#timelineChart", StackedBarChart.class);
        @SuppressWarnings("unchecked")
        ListView<PassageRow> listed = find(robot, "#timelinePassages", ListView.class);

        String category = read(() -> main.timeline().axisLabel(timeline.bins().get(y2007)));
        robot.clickOn(read(() -> bar(chart, realism, category)));

        waitUntil(() -> listed.getItems().size() == expected);
        assertThat(text(robot, "#timelinePassagesHeading")).startsWith("Realism × 2007: " + expected + " passage");
        assertThat(text(robot, "#timelineBar")).startsWith("Realism in 2007: ");
        List<Long> ids = copy(listed::getItems).stream().map(PassageRow::id).toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(fromProject(wb -> wb.analysis()
                .passages(timeline.counted(), timeline.matrixRow(realism), timeline.matrixColumn(y2007))
                .stream().map(s -> s.id()).toList()));
        assertThat(read(() -> chart.isFocused())).as("the click leaves the keyboard on the chart").isTrue();

        // The keyboard alone: Tab from the export buttons reaches the chart, the arrows choose the bars.
        Button svg = read(() -> robot.from(chart.getScene().getRoot()).lookup(".button").queryAllAs(Button.class)
                .stream().filter(b -> "Export SVG…".equals(b.getText()) && b.isVisible()
                        && b.getScene() != null).findFirst().orElseThrow());
        robot.interact(svg::requestFocus);
        robot.type(KeyCode.TAB);
        waitUntil(chart::isFocused);
        robot.type(KeyCode.RIGHT);
        List<TimelineViewModel.AxisSlot> slots = read(() -> main.timeline().slots(timeline));
        int after = slots.stream().map(TimelineViewModel.AxisSlot::bin).filter(b -> b > y2007).findFirst()
                .orElseThrow();
        String next = timeline.bins().get(after).label();
        int realismNext = timeline.series().get(realism).counts().get(after);
        waitUntil(() -> main.timeline().barPassages().headingProperty().get()
                .startsWith("Realism × " + next + ": ") && listed.getItems().size() == realismNext);
        robot.type(KeyCode.UP);
        String above = timeline.series().get(1).label();
        int aboveCount = timeline.series().get(1).counts().get(after);
        waitUntil(() -> main.timeline().barPassages().headingProperty().get()
                .startsWith(above + " × " + next + ": ") && listed.getItems().size() == aboveCount);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.LEFT);
        waitUntil(() -> main.timeline().barPassages().headingProperty().get().startsWith("Realism × 2007: ")
                && listed.getItems().size() == expected);

        robot.type(KeyCode.ENTER);
        waitUntil(listed::isFocused);
        PassageRow first = read(() -> listed.getSelectionModel().getSelectedItem());
        assertThat(first).isNotNull();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> main.document().documentProperty().get() != null
                && main.document().documentProperty().get().id() == first.segment().documentId());
    }

    @Test
    void beforeABarIsChosenTheListSaysOnePromptTheTimelinesOwn(FxRobot robot) throws Exception {
        selectTab(robot, "Timeline");
        waitUntil(() -> main.timeline().timelineProperty().get() != null);
        find(robot, "#timelinePassages", ListView.class);

        assertThat(text(robot, "#timelineBar")).startsWith("Click a bar");
        assertThat(visible(robot, "#timelinePassagesHeading") && !text(robot, "#timelinePassagesHeading").isEmpty())
                .as("the list's heading says nothing beside the Timeline's own prompt; it said 'Click a cell…'")
                .isFalse();
    }

    /** The bar of series {@code series} in the period the axis labels {@code period}. */
    private static Node bar(StackedBarChart<String, Number> chart, int series, String period) {
        return chart.getData().get(series).getData().stream().filter(d -> d.getXValue().equals(period))
                .map(XYChart.Data::getNode).findFirst().orElseThrow();
    }
}
