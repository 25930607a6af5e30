package org.parallax.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.ui.RobotWindow;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * The Timeline by period in the window of a project with no events: it says so where the chart would be, instead of
 * the NATO-Russia study's periods, and the Analysis tab's period columns say so too; an event added to the project
 * becomes a period of the chart.
 */
class TimelineEventsRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        try (Workbench wb = TestProjects.table1(folder)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(folder, "talks.txt",
                    "NATO and Russia met again today. ".repeat(10)));
            wb.documents().updateMeta(doc, new DocumentMeta("talks", LocalDate.of(2010, 5, 1), DocumentType.OTHER, null,
                    "en", null, null));
            wb.coding().code(doc, 0, 33, wb.codebook().code("Balance of power").id(), null);
            return wb.file();
        }
    }

    @Test
    void periodsOfAProjectWithoutEventsSayHowToAddThemAndAnAddedEventIsAPeriod(FxRobot robot) throws Exception {
        selectTab(robot, "Timeline");
        robot.interact(() -> main.timeline().granularityProperty().set(TimelineViewModel.Granularity.PERIOD));
        waitUntil(() -> find(robot, "#timelineEmpty", Label.class).getScene() != null);
        Label empty = find(robot, "#timelineEmpty", Label.class);
        assertThat(read(empty::getText)).contains("no events", "Process tracing", "Add event");
        assertThat(read(() -> main.timeline().timelineProperty().get())).isNull();
        // Nothing to export: the buttons say so rather than ask for a file and write nothing.
        assertThat(read(() -> exports(robot).stream().allMatch(Button::isDisabled))).isTrue();

        selectTab(robot, "Analysis");
        robot.interact(() -> main.analysis().columnChoiceProperty().set("period"));
        waitUntil(() -> !main.analysis().problemProperty().get().isEmpty());
        assertThat(read(() -> main.analysis().problemProperty().get())).contains("no events", "Add event");

        selectTab(robot, "Timeline");
        robot.interact(() -> main.context().write(wb -> wb.tracing().addEvent(LocalDate.of(2009, 3, 6), "Reset",
                null)));
        waitUntil(() -> main.timeline().timelineProperty().get() != null);
        var chart = find(robot, "#timelineChart", javafx.scene.chart.StackedBarChart.class);
        List<String> shown = read(() -> List.copyOf(
                ((javafx.scene.chart.CategoryAxis) chart.getXAxis()).getCategories()));
        assertThat(shown).containsExactly("Reset ▲");
        assertThat(read(() -> chart.getScene() != null && empty.getScene() == null)).isTrue();
        assertThat(read(() -> exports(robot).stream().noneMatch(Button::isDisabled))).isTrue();
    }

    /** The Timeline tab's four export buttons. */
    private static List<Button> exports(FxRobot robot) {
        TimelineView view = robot.lookup(n -> n instanceof TimelineView).queryAs(TimelineView.class);
        List<Button> buttons = robot.from(view).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().startsWith("Export")).toList();
        assertThat(buttons).hasSize(4);
        return buttons;
    }
}
