package org.parallax.ui.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.CausalEvent;
import org.parallax.testutil.Cli;
import org.parallax.ui.UiFixture;
import org.parallax.ui.analysis.TimelineViewModel;

/**
 * The event fields of Process tracing → Causal chain: every refused event is one line naming what to change, the
 * fields stay as typed to be corrected, and nothing is stored; an event removed while the Timeline shows it leaves
 * the Timeline's periods and markers at once.
 */
class EventFieldsViewModelTest {
    @TempDir
    Path dir;
    private UiFixture ui;
    private TracingViewModel tracing;
    private List<CausalEvent> before;

    @BeforeEach
    void open() {
        ui = UiFixture.open(dir);
        tracing = ui.main.tracing();
        ui.workbench().tracing().addStudyEvents();
        before = ui.workbench().tracing().events();
        assertThat(before).hasSize(9);
    }

    @AfterEach
    void close() {
        ui.close();
    }

    private String refused(String date, String label) {
        int errors = ui.dialogs.errors.size();
        tracing.eventDateProperty().set(date);
        tracing.eventLabelProperty().set(label);
        tracing.addEvent();
        assertThat(ui.dialogs.errors).hasSize(errors + 1);
        assertThat(ui.workbench().tracing().events()).as("nothing stored").isEqualTo(before);
        assertThat(tracing.eventDateProperty().get()).as("kept to be corrected").isEqualTo(date);
        String line = ui.dialogs.errors.get(errors);
        assertThat(line.lines()).hasSize(1);
        assertThat(line).doesNotContain("Exception");
        return line;
    }

    @Test
    void aDayThatDoesNotExistADateAfterTodayAndAnEmptyLabelAreRefusedInOneLine() {
        assertThat(refused("2014-02-30", "Sanctions")).contains("2014-02-30", "that day does not exist");
        assertThat(refused("30.04.2014", "Sanctions")).contains("30.04.2014", "YYYY-MM-DD");
        String typo = LocalDate.now().plusYears(90).withDayOfYear(1).toString();
        assertThat(refused(typo, "Crimea")).contains(typo, "after today", "year");
        assertThat(refused("2014-04-01", "   ")).contains("label");
    }

    @Test
    void anEventRemovedWhileTheTimelineShowsItLeavesItsPeriodsAndMarkers() {
        TimelineViewModel timeline = ui.main.timeline();
        timeline.granularityProperty().set(TimelineViewModel.Granularity.PERIOD);
        assertThat(timeline.timelineProperty().get().bins()).anyMatch(b -> b.label().equals("Munich speech"));
        ChainRow munich = tracing.chain().stream().filter(r -> r.label().startsWith("Munich speech")).findFirst()
                .orElseThrow();

        // Another program (the command line) removed it first: the window's row is gone, or says so in one line.
        Cli removed = Cli.parallax("event", "remove", ui.project, "--id", munich.eventId());
        assertThat(removed.exit()).as(removed.err()).isZero();
        tracing.removeEvent(munich);
        assertThat(ui.dialogs.errors).singleElement().asString().contains("removed already");

        timeline.refresh();
        assertThat(timeline.timelineProperty().get().bins()).noneMatch(b -> b.label().equals("Munich speech"));
        assertThat(timeline.eventLegend()).noneMatch(l -> l.contains("Munich speech"));
    }
}
