package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.tracing.StudyEvents;
import org.parallax.model.CausalEvent;
import org.parallax.model.Document;
import org.parallax.testutil.Cli;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;

class MatrixFiltersCliTest {
    @TempDir
    static Path dir;
    private static Path sample;
    private static List<Document> documents;

    @BeforeAll
    static void buildSample() {
        sample = dir.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), sample);
        try (Workbench wb = Workbench.open(sample)) {
            documents = wb.documents().list();
        }
    }

    private static List<CSVRecord> csv(Object... args) throws IOException {
        Object[] all = new Object[args.length + 3];
        all[0] = args[0];
        all[1] = sample;
        System.arraycopy(args, 1, all, 2, args.length - 1);
        all[all.length - 2] = "--format";
        all[all.length - 1] = "csv";
        Cli cli = Cli.parallax(all);
        assertThat(cli.exit()).as(cli.err()).isZero();
        return CSVFormat.RFC4180.parse(new StringReader(cli.out())).getRecords();
    }

    /** The last row's total cell: the passages (or documents) of the whole matrix. */
    private static String grandTotal(List<CSVRecord> matrix) {
        CSVRecord total = matrix.get(matrix.size() - 1);
        assertThat(total.get(0)).isEqualTo("Total");
        return total.get(total.size() - 1);
    }

    @Test
    void docSelectionCountsOnlyTheChosenDocuments() throws IOException {
        Document first = documents.get(0);
        Document second = documents.get(1);
        List<CSVRecord> one = csv("tally", "--cols", "actor", "--measure", "documents", "--doc", first.id());
        assertThat(one.get(0).toList()).containsExactly("", first.meta().actor(), "Total");
        assertThat(grandTotal(one)).isEqualTo("1");

        long firstPassages = passages(csv("tally", "--doc", first.id()));
        long secondPassages = passages(csv("tally", "--doc", second.id()));
        long both = passages(csv("tally", "--doc", first.id() + "," + second.id()));
        assertThat(firstPassages).isPositive();
        assertThat(both).isEqualTo(firstPassages + secondPassages).isLessThan(passages(csv("tally")));
    }

    @Test
    void unknownDocumentIdIsNamedInTheError() {
        Cli cli = Cli.parallax("tally", sample, "--doc", "9999");
        assertThat(cli.exit()).isNotZero();
        assertThat(cli.err()).contains("9999", "no document");
        assertThat(Cli.parallax("timeline", sample, "--doc", "9999").err()).contains("9999");
    }

    @Test
    void periodColumnsCountDocumentsBetweenTheSamplesEvents() throws IOException {
        Map<String, Integer> expected = new TreeMap<>();
        for (Document d : documents) {
            expected.merge(periodOf(d), 1, Integer::sum);
        }
        List<CSVRecord> matrix = csv("tally", "--cols", "period", "--measure", "documents");
        CSVRecord header = matrix.get(0);
        CSVRecord total = matrix.get(matrix.size() - 1);
        Map<String, Integer> counted = new TreeMap<>();
        for (int c = 1; c < header.size() - 1; c++) {
            int value = Integer.parseInt(total.get(c));
            if (value > 0) {
                counted.put(header.get(c), value);
            }
        }
        assertThat(expected).hasSizeGreaterThan(1).containsEntry("Invasion of Ukraine", 5);
        assertThat(counted).isEqualTo(expected);
    }

    @Test
    void timelineByPeriodAndDateRangeAgreeWithTally() throws IOException {
        List<CSVRecord> byPeriod = csv("timeline", "--by", "period");
        assertThat(byPeriod.get(0).get(0)).isEqualTo("period");
        Map<String, Integer> passagesPerPeriod = new LinkedHashMap<>();
        byPeriod.subList(1, byPeriod.size()).forEach(r -> passagesPerPeriod.put(r.get(0), Integer.parseInt(r.get(1))));
        assertThat(passagesPerPeriod.keySet()).allMatch(l -> l.equals("Before " + StudyEvents.TEMPLATE.get(0).label())
                || StudyEvents.TEMPLATE.stream().anyMatch(e -> e.label().equals(l)));

        List<CSVRecord> ranged = csv("timeline", "--from", "2008-01-01", "--to", "2014-12-31");
        int rangedPassages = ranged.subList(1, ranged.size()).stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum();
        assertThat(ranged.subList(1, ranged.size())).allMatch(r -> r.get(0).compareTo("2008") >= 0
                && r.get(0).compareTo("2014") <= 0);
        assertThat(rangedPassages).isPositive()
                .isEqualTo(timelinePassages(csv("timeline", "--by", "year")) - outside(2008, 2014));

        Document first = documents.get(0);
        List<CSVRecord> oneDocument = csv("timeline", "--doc", first.id());
        assertThat(timelinePassages(oneDocument)).isEqualTo(passages(csv("tally", "--doc", first.id())));
    }

    private static int outside(int fromYear, int toYear) throws IOException {
        List<CSVRecord> byYear = csv("timeline", "--by", "year");
        return byYear.subList(1, byYear.size()).stream()
                .filter(r -> Integer.parseInt(r.get(0)) < fromYear || Integer.parseInt(r.get(0)) > toYear)
                .mapToInt(r -> Integer.parseInt(r.get(1))).sum();
    }

    private static int timelinePassages(List<CSVRecord> timeline) {
        return timeline.subList(1, timeline.size()).stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum();
    }

    /** Passages of a `tally` CSV: its grand total, "passages (documents)" reduced to passages. */
    private static long passages(List<CSVRecord> tally) {
        return Long.parseLong(grandTotal(tally).split(" ")[0]);
    }

    /**
     * The period a document's date falls in, among the study's events the sample holds; dates before the first event
     * have a column of their own.
     */
    private static String periodOf(Document d) {
        if (d.meta().date() == null) {
            return "No date";
        }
        String label = "Before " + StudyEvents.TEMPLATE.get(0).label();
        for (CausalEvent e : StudyEvents.TEMPLATE) {
            if (!e.date().isAfter(d.meta().date())) {
                label = e.label();
            }
        }
        return label;
    }
}
