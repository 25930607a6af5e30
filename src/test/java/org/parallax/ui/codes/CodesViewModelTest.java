package org.parallax.ui.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.CoOccurrence;
import org.parallax.testutil.Cli;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.exchange.ExchangeViewModel;
import org.parallax.ui.common.SynchronousTasks;
import org.parallax.workbench.Workbench;

class CodesViewModelTest {
    @TempDir
    static Path dir;
    private static Path project;
    private static ProjectContext context;
    private static CodesViewModel codes;

    @BeforeAll
    static void openSample() {
        project = SampleWithOneCodersPair.build(dir.resolve("sample.parallax"));
        context = new ProjectContext(new SynchronousTasks(), new RecordingDialogs());
        codes = new CodesViewModel(context, new ExchangeViewModel(context)::exportCounts);
        context.setWorkbench(Workbench.open(project));
    }

    @AfterAll
    static void close() {
        context.workbench().close();
    }

    @Test
    void frequenciesEqualTheCommandLineCodesListing() throws Exception {
        List<CSVRecord> cli = cli("codes");
        List<String> header = cli.get(0).toList();
        assertThat(codes.frequencies()).hasSize(cli.size() - 1);
        for (int i = 1; i < cli.size(); i++) {
            CSVRecord expected = cli.get(i);
            List<String> columns = CodeTables.FREQUENCY_HEADER.stream().map(c -> expected.get(header.indexOf(c)))
                    .toList();
            assertThat(codes.frequencies().get(i - 1).cells()).isEqualTo(columns);
        }
        assertThat(codes.frequencies()).anySatisfy(row -> assertThat(row.passages()).isPositive());
    }

    @Test
    void overlapPairsEqualTheCommandLineCooccurrence() throws Exception {
        codes.modeProperty().set(CoOccurrence.Mode.OVERLAP);
        assertPairsEqual(cli("cooccurrence", "--by", "overlap"));
    }

    @Test
    void paragraphPairsEqualTheCommandLineCooccurrence() throws Exception {
        codes.modeProperty().set(CoOccurrence.Mode.PARAGRAPH);
        List<CSVRecord> paragraph = cli("cooccurrence", "--by", "paragraph");
        assertPairsEqual(paragraph);
        codes.modeProperty().set(CoOccurrence.Mode.OVERLAP);
        assertThat(codes.pairs().stream().map(CodeTables.PairRow::cells).toList())
                .isNotEqualTo(paragraph.stream().skip(1).map(CSVRecord::toList).toList());
    }

    /**
     * The Codes tab's numbers listed no passages, where every other count of the window lists its own: each code's
     * row lists as many passages as its Passages column says, in as many documents as its Documents column, each of
     * that code.
     */
    @Test
    void eachCodesRowListsThePassagesItCounts() {
        for (CodeTables.FrequencyRow row : List.copyOf(codes.frequencies())) {
            codes.choose(row);

            List<org.parallax.ui.passages.PassageRow> listed = List.copyOf(codes.passages().rows());
            assertThat(listed).as(row.code()).hasSize(row.passages());
            assertThat(listed.stream().map(r -> r.segment().documentId()).distinct().count()).as(row.code())
                    .isEqualTo(row.documents());
            assertThat(listed).allSatisfy(r -> assertThat(r.segment().codeId()).isEqualTo(row.codeId()));
            assertThat(codes.passages().headingProperty().get()).isEqualTo(row.code() + ": "
                    + org.parallax.model.Counted.of(row.passages(), "passage") + (row.passages() == 0 ? ""
                    : " in " + org.parallax.model.Counted.of(row.documents(), "document")));
        }
    }

    /**
     * A pair's row lists each passage of either code that overlaps a passage of the other (by overlap), or lies in a
     * paragraph holding both (by paragraph): never one of a third code, and at least two passages per pair.
     */
    @Test
    void eachPairsRowListsThePassagesOfBothCodesThatMeet() {
        for (CoOccurrence.Mode mode : CoOccurrence.Mode.values()) {
            codes.modeProperty().set(mode);
            assertThat(codes.pairs()).isNotEmpty();
            for (CodeTables.PairRow row : List.copyOf(codes.pairs())) {
                codes.choose(row);

                List<org.parallax.model.Segment> listed = codes.passages().rows().stream()
                        .map(org.parallax.ui.passages.PassageRow::segment).toList();
                assertThat(listed).as(mode + " " + row.code() + " / " + row.otherCode())
                        .extracting(org.parallax.model.Segment::codeId)
                        .contains(row.codeId(), row.otherCodeId())
                        .allMatch(id -> id == row.codeId() || id == row.otherCodeId());
                if (mode == CoOccurrence.Mode.OVERLAP) {
                    assertThat(listed).allSatisfy(s -> assertThat(listed).anySatisfy(o -> {
                        assertThat(o.codeId()).isNotEqualTo(s.codeId());
                        assertThat(o.documentId()).isEqualTo(s.documentId());
                        assertThat(o.start()).isLessThan(s.end());
                        assertThat(s.start()).isLessThan(o.end());
                    }));
                }
                assertThat(codes.passages().headingProperty().get()).startsWith(row.code() + " with "
                        + row.otherCode() + " (");
            }
        }
        codes.modeProperty().set(CoOccurrence.Mode.OVERLAP);
    }

    @Test
    void exportWritesTheFrequencyTableAsShown() throws Exception {
        Path out = dir.resolve("frequencies.csv");
        codes.exportFrequencies(out);
        List<CSVRecord> written = CSVFormat.RFC4180.parse(new StringReader(Files.readString(out))).getRecords();
        assertThat(written.get(0).toList()).isEqualTo(CodeTables.FREQUENCY_HEADER);
        assertThat(written.get(1).toList()).isEqualTo(codes.frequencies().get(0).cells());
        assertThat(written).hasSize(codes.frequencies().size() + 1);
    }

    private static void assertPairsEqual(List<CSVRecord> cli) {
        assertThat(cli.get(0).toList()).isEqualTo(CodeTables.PAIR_HEADER);
        assertThat(cli.size()).isGreaterThan(1);
        assertThat(codes.pairs().stream().map(CodeTables.PairRow::cells).toList())
                .isEqualTo(cli.stream().skip(1).map(CSVRecord::toList).toList());
    }

    private static List<CSVRecord> cli(String command, String... options) throws Exception {
        List<Object> args = new java.util.ArrayList<>(List.of(command, project.toString()));
        args.addAll(List.of(options));
        args.addAll(List.of("--format", "csv"));
        Cli result = Cli.parallax(args.toArray());
        assertThat(result.exit()).as(result.err()).isZero();
        return CSVFormat.RFC4180.parse(new StringReader(result.out())).getRecords();
    }
}
