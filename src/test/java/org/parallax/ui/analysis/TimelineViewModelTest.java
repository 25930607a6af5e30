package org.parallax.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.Timeline;

class TimelineViewModelTest {
    @TempDir
    static Path dir;
    private static SampleAnalysis sample;

    @BeforeAll
    static void openSample() {
        sample = SampleAnalysis.open(dir);
    }

    @AfterAll
    static void close() {
        sample.main.close();
    }

    @Test
    void yearlyBinsEqualTheCommandLineTimeline() throws Exception {
        Timeline timeline = sample.main.timeline().timelineProperty().get();
        List<CSVRecord> cli = sample.cli("timeline");
        assertThat(cli.get(0).toList()).containsExactly("period", "passages", "Realism", "Realism share",
                "Constructivism", "Constructivism share");
        assertThat(timeline.bins()).hasSize(cli.size() - 1);
        for (int b = 0; b < timeline.bins().size(); b++) {
            CSVRecord expected = cli.get(b + 1);
            assertThat(timeline.bins().get(b).label()).isEqualTo(expected.get(0));
            assertThat(timeline.bins().get(b).passages()).isEqualTo(Integer.parseInt(expected.get(1)));
            for (int s = 0; s < 2; s++) {
                Timeline.Series series = timeline.series().get(s);
                assertThat(series.counts().get(b)).isEqualTo(Integer.parseInt(expected.get(2 + 2 * s)));
                assertThat(Math.round(series.shares().get(b) * 10_000) / 10_000.0)
                        .isEqualTo(Double.parseDouble(expected.get(3 + 2 * s)));
            }
        }
    }

    @Test
    void knownYearsHoldTheirPassagesAndShares() {
        Timeline timeline = sample.main.timeline().timelineProperty().get();
        assertThat(timeline.bins().get(0).label()).isEqualTo("1949");
        assertThat(timeline.bins()).last().extracting(Timeline.Bin::label).isEqualTo("2024");
        int y2007 = 2007 - 1949;
        assertThat(timeline.bins().get(y2007).passages()).isEqualTo(16);
        assertThat(timeline.series().get(0).label()).isEqualTo("Realism");
        assertThat(timeline.series().get(0).counts().get(y2007)).isEqualTo(8);
        assertThat(timeline.series().get(0).shares().get(y2007)).isEqualTo(0.5);
        assertThat(timeline.series().get(1).shares().get(2003 - 1949)).isEqualTo(1.0);
    }

    @Test
    void eventsMarkTheYearsTheyFallIn() {
        Timeline timeline = sample.main.timeline().timelineProperty().get();
        assertThat(sample.main.timeline().axisLabel(timeline.bins().get(2008 - 1949))).isEqualTo("2008 ▲");
        assertThat(sample.main.timeline().axisLabel(timeline.bins().get(2007 - 1949 - 1))).isEqualTo("2006");
        assertThat(sample.main.timeline().eventLegend()).contains(
                "▲ 2008: Bucharest summit; Georgia war, NRC suspended", "▲ 2022: Invasion of Ukraine")
                .hasSize(8);
    }

    @Test
    void monthlyBinsRunWithoutGaps() {
        sample.main.timeline().granularityProperty().set(TimelineViewModel.Granularity.MONTH);
        Timeline timeline = sample.main.timeline().timelineProperty().get();
        assertThat(timeline.bins().get(0).label()).isEqualTo("1949-04");
        assertThat(timeline.bins().get(1).label()).isEqualTo("1949-05");
        assertThat(timeline.bins().stream().mapToInt(Timeline.Bin::passages).sum() + timeline.undated())
                .isEqualTo(63);
        sample.main.timeline().granularityProperty().set(TimelineViewModel.Granularity.YEAR);
    }

    @Test
    void periodBinsAreTheSamplesEventsPeriodsAsTheCommandLinePrintsThem() throws Exception {
        sample.main.timeline().granularityProperty().set(TimelineViewModel.Granularity.PERIOD);
        Timeline timeline = sample.main.timeline().timelineProperty().get();
        var cli = sample.cli("timeline", "--by", "period");
        assertThat(timeline.bins()).hasSize(cli.size() - 1);
        for (int b = 0; b < timeline.bins().size(); b++) {
            assertThat(timeline.bins().get(b).label()).isEqualTo(cli.get(b + 1).get(0));
            assertThat(Integer.toString(timeline.bins().get(b).passages())).isEqualTo(cli.get(b + 1).get(1));
        }
        // The sample's 1949 treaty is dated before the first event: a bin of its own, not "undated".
        assertThat(timeline.bins().get(0).label()).isEqualTo("Before Founding Act and Permanent Joint Council");
        assertThat(timeline.bins().get(0).passages()).isPositive();
        assertThat(timeline.bins().get(1).label()).isEqualTo("Founding Act and Permanent Joint Council");
        sample.main.timeline().granularityProperty().set(TimelineViewModel.Granularity.YEAR);
    }

    /** An event added or removed in process tracing is a period and a marker of the timeline at once. */
    @Test
    void anEventEditedInProcessTracingIsAPeriodAndAMarkerOfTheTimeline(@TempDir Path own) throws Exception {
        // A sample of its own: the shared one is only read, and a write leaves the project's checkpoint thread running.
        SampleAnalysis edited = SampleAnalysis.open(own);
        try {
            TimelineViewModel timelines = edited.main.timeline();
            var tracing = edited.main.context().workbench().tracing();
            var lisbon = tracing.addEvent(java.time.LocalDate.of(2010, 11, 20), "Lisbon summit", null);
            assertThat(timelines.eventLegend()).contains("▲ 2010: Lisbon summit");
            timelines.granularityProperty().set(TimelineViewModel.Granularity.PERIOD);
            Timeline timeline = timelines.timelineProperty().get();
            assertThat(timeline.bins()).extracting(Timeline.Bin::label).containsSubsequence(
                    "Georgia war, NRC suspended", "Lisbon summit", "Crimea, practical cooperation suspended");
            var cli = edited.cli("timeline", "--by", "period");
            assertThat(cli.stream().skip(1).map(r -> r.get(0)).toList())
                    .isEqualTo(timeline.bins().stream().map(Timeline.Bin::label).toList());

            tracing.deleteEvent(lisbon.id());
            assertThat(timelines.timelineProperty().get().bins()).extracting(Timeline.Bin::label)
                    .doesNotContain("Lisbon summit");
        } finally {
            edited.main.close();
        }
    }

    @Test
    void runsOfEmptyYearsFoldIntoOneGapAndBarsTakeTheFramesColours() {
        Timeline timeline = sample.main.timeline().timelineProperty().get();
        List<TimelineViewModel.AxisSlot> slots = sample.main.timeline().slots(timeline);
        // The sample starts in 1949 and resumes in 1997: the years between are one gap, not 47 columns.
        assertThat(timeline.bins().size()).isGreaterThan(40);
        assertThat(slots.size()).isLessThanOrEqualTo(timeline.bins().size() - 46);
        assertThat(slots).anySatisfy(s -> {
            assertThat(s.bin()).isEqualTo(-1);
            assertThat(s.label()).isEqualTo("(1950–1996)");
        });
        assertThat(slots.stream().filter(s -> s.bin() >= 0).mapToInt(s -> timeline.bins().get(s.bin()).passages())
                .sum()).isEqualTo(timeline.bins().stream().mapToInt(Timeline.Bin::passages).sum());
        var frames = sample.main.context().workbench().codebook().current().frames();
        for (Timeline.Series series : timeline.series()) {
            String expected = frames.stream().filter(f -> f.id() == series.id()).findFirst().orElseThrow().color();
            assertThat(sample.main.timeline().colorOf(series)).isEqualTo(expected);
        }
    }
}
