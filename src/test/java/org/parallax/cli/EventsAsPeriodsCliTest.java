package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * The project's events are the one source of periods (ADR 0029): what `event add` and `event remove` change is what
 * `tally --cols period` and `timeline --by period` count by, and a project of another study has no NATO-Russia events.
 */
class EventsAsPeriodsCliTest {
    @TempDir
    Path dir;

    /** A project made with the study's template, one document dated {@code date} with one passage coded. */
    private Path studyProject(String date) throws IOException {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project, "--codebook", "table1").exit()).isZero();
        Path text = Files.writeString(dir.resolve("talks.txt"), "NATO and Russia met again today. ".repeat(10));
        Cli imported = Cli.parallax("import", project, text, "--date", date);
        assertThat(imported.exit()).as(imported.err()).isZero();
        Cli coded = Cli.parallax("code", project, "--doc", 1, "--start", 0, "--end", 33, "--code", "Balance of power");
        assertThat(coded.exit()).as(coded.err()).isZero();
        return project;
    }

    private static List<CSVRecord> csv(Object... args) throws IOException {
        Cli cli = Cli.parallax(args);
        assertThat(cli.exit()).as(cli.err()).isZero();
        return CSVFormat.RFC4180.parse(new StringReader(cli.out())).getRecords();
    }

    private static List<String> header(Path project) throws IOException {
        return csv("tally", project, "--cols", "period", "--format", "csv").get(0).toList();
    }

    @Test
    void anEventAddedOrRemovedIsAPeriodOfTallyAndTimelineAlike() throws IOException {
        Path project = studyProject("2010-05-01");
        Cli added = Cli.parallax("event", "add", project, "--date", "2009-03-06", "--label", "Reset");
        assertThat(added.exit()).as(added.err()).isZero();

        // The 2010 passage falls in the period the new event starts, not in the study's Georgia war period.
        assertThat(header(project)).containsExactly("", "Reset", "Total");
        List<CSVRecord> timeline = csv("timeline", project, "--by", "period", "--format", "csv");
        assertThat(timeline.stream().map(r -> r.get(0))).containsSubsequence("Georgia war, NRC suspended", "Reset",
                "Crimea, practical cooperation suspended");
        CSVRecord reset = timeline.stream().filter(r -> r.get(0).equals("Reset")).findFirst().orElseThrow();
        assertThat(reset.get(1)).isEqualTo("1");

        assertThat(Cli.parallax("event", "remove", project, "--id", 10).exit()).isZero();
        assertThat(header(project)).containsExactly("", "Georgia war, NRC suspended", "Total");
        // A study event removed is a period no more: its passage falls in the period before it.
        assertThat(Cli.parallax("event", "remove", project, "--id", 7).exit()).isZero();
        assertThat(header(project)).containsExactly("", "Bucharest summit", "Total");
    }

    @Test
    void twoEventsOfOneDateStartOnePeriodNamedAfterBoth() throws IOException {
        Path project = studyProject("2014-05-01");
        Cli added = Cli.parallax("event", "add", project, "--date", "2014-04-01", "--label", "Sanctions");
        assertThat(added.exit()).as(added.err()).isZero();

        // Crimea's period ran from 2014-04-01 to 2014-04-01 and could hold nothing: the two events start one period.
        String both = "Crimea, practical cooperation suspended / Sanctions";
        assertThat(header(project)).containsExactly("", both, "Total");
        List<String> bins = csv("timeline", project, "--by", "period", "--format", "csv").stream()
                .map(r -> r.get(0)).toList();
        assertThat(bins).containsSubsequence("Georgia war, NRC suspended", both, "Invasion of Ukraine")
                .doesNotContain("Sanctions", "Crimea, practical cooperation suspended");
    }

    @Test
    void anEventDatedAfterTodayIsRefusedInOneLineAndNothingIsAdded() throws IOException {
        Path project = studyProject("2014-05-01");
        String typo = java.time.LocalDate.now().plusYears(90).withDayOfYear(1).toString();
        Cli added = Cli.parallax("event", "add", project, "--date", typo, "--label", "Crimea");
        assertThat(added.exit()).isEqualTo(1);
        assertThat(added.err().lines()).singleElement().asString().contains(typo, "after today", "check the year");
        assertThat(csv("event", "list", project, "--format", "csv")).hasSize(10);
    }

    @Test
    void aProjectOfAnotherStudyHasNoNatoRussiaEventsAndPeriodsSayHowToAddEvents() throws IOException {
        Path project = dir.resolve("other.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        assertThat(Cli.parallax("event", "list", project, "--format", "csv").out().strip())
                .isEqualTo("id,date,label,description");

        for (Cli asked : List.of(Cli.parallax("tally", project, "--cols", "period"),
                Cli.parallax("timeline", project, "--by", "period"))) {
            assertThat(asked.exit()).isNotZero();
            assertThat(asked.out()).isEmpty();
            assertThat(asked.err().lines()).as(asked.err()).hasSize(1).first().asString()
                    .contains("no events", "parallax event add", "parallax event template")
                    .doesNotContain("Exception");
        }
        assertThat(Cli.parallax("timeline", project).exit()).as("by year needs no events").isZero();
    }

    @Test
    void theStudysTemplateBringsItsEventsAndEventTemplateAddsOnlyThoseMissing() throws IOException {
        Path study = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", study, "--codebook", "table1").exit()).isZero();
        List<CSVRecord> events = csv("event", "list", study, "--format", "csv");
        assertThat(events).hasSize(10);
        assertThat(events.get(0).toList()).containsExactly("id", "date", "label", "description");
        assertThat(events.get(1).get(2)).isEqualTo("Founding Act and Permanent Joint Council");

        Path other = dir.resolve("other.parallax");
        assertThat(Cli.parallax("new", other).exit()).isZero();
        assertThat(Cli.parallax("event", "add", other, "--date", "2008-04-02", "--label", "Bucharest summit").exit())
                .isZero();
        Cli template = Cli.parallax("event", "template", other);
        assertThat(template.exit()).as(template.err()).isZero();
        assertThat(template.out()).contains("Added 8 of the study's 9 events");
        assertThat(Cli.parallax("event", "template", other).out()).contains("Added none of the study's 9 events: the project held them all");
        assertThat(csv("event", "list", other, "--format", "csv").stream().skip(1).map(r -> r.get(2)).toList())
                .isEqualTo(events.stream().skip(1).map(r -> r.get(2)).toList());
    }
}
