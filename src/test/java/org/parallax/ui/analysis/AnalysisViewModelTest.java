package org.parallax.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.MatrixValues;

class AnalysisViewModelTest {
    private static final String DIALOGUE = "Institutionalized dialogue";

    @TempDir
    static Path dir;
    private static SampleAnalysis sample;
    private AnalysisViewModel analysis;

    @BeforeAll
    static void openSample() {
        sample = SampleAnalysis.open(dir);
    }

    @AfterAll
    static void close() {
        sample.main.close();
    }

    @BeforeEach
    void defaults() {
        analysis = sample.main.analysis();
        analysis.rowChoiceProperty().set(MatrixRequest.RowChoice.FRAMES);
        analysis.columnChoiceProperty().set("scenario");
        analysis.measureProperty().set(MatrixValues.Measure.PASSAGES);
        analysis.percentageProperty().set(MatrixValues.Percentage.NONE);
        analysis.filter().fromProperty().set(null);
        analysis.filter().toProperty().set(null);
        analysis.filter().coderProperty().set(AnalysisFilter.ALL_CODERS);
        analysis.filter().actorProperty().set(AnalysisFilter.ALL_ACTORS);
    }

    @Test
    void actorFilteredMatrixMatchesTheCommandLine() throws Exception {
        assertThat(analysis.filter().actors()).containsExactly(AnalysisFilter.ALL_ACTORS, "NATO", "Russia", "USA");
        analysis.filter().actorProperty().set("Russia");
        assertSameAsCli(sample.cli("tally", "--actor", "Russia"));
        // The by-actor matrix above has Constructivism at 23 passages in 7 Russian documents.
        assertThat(row("Constructivism").cells()).last().isEqualTo("23 (7)");

        analysis.columnChoiceProperty().set("period");
        assertSameAsCli(sample.cli("tally", "--actor", "Russia", "--cols", "period"));
        assertThat(analysis.headers()).contains("Munich speech").doesNotContain("Invasion of Ukraine");
    }

    @Test
    void periodColumnsMatchTheCommandLine() throws Exception {
        assertThat(analysis.columnChoices()).contains("period");
        analysis.columnChoiceProperty().set("period");
        analysis.measureProperty().set(MatrixValues.Measure.DOCUMENTS);
        assertSameAsCli(sample.cli("tally", "--cols", "period", "--measure", "documents"));
    }

    @Test
    void defaultMatrixIsTable1AsTheCommandLinePrintsIt() throws Exception {
        assertSameAsCli(sample.cli("tally"));
        MatrixRow balance = row("Balance of power");
        assertThat(balance.cells()).containsExactly("0 (0)", "1 (1)", "5 (4)", "10 (7)", "16 (12)");
        assertThat(analysis.rows().get(analysis.rows().size() - 1).cells()).last().isEqualTo("63 (15)");
    }

    @Test
    void byActorMatrixMatchesTheCommandLine() throws Exception {
        analysis.columnChoiceProperty().set("actor");
        assertThat(analysis.headers()).containsExactly("NATO", "Russia", "USA", "Total");
        assertSameAsCli(sample.cli("tally", "--cols", "actor"));
        assertThat(row("Constructivism").cells()).containsExactly("2 (1)", "23 (7)", "7 (5)", "32 (13)");

        analysis.measureProperty().set(MatrixValues.Measure.DOCUMENTS);
        analysis.percentageProperty().set(MatrixValues.Percentage.ROW);
        assertSameAsCli(sample.cli("tally", "--cols", "actor", "--measure", "documents", "--percent", "row"));
    }

    @Test
    void ratesByAttributeCodesAndDatesMatchTheCommandLine() throws Exception {
        assertThat(analysis.columnChoices()).contains("attr:speaker");
        analysis.rowChoiceProperty().set(MatrixRequest.RowChoice.CODES);
        analysis.columnChoiceProperty().set("year");
        analysis.measureProperty().set(MatrixValues.Measure.PER_10K_WORDS);
        analysis.filter().fromProperty().set(LocalDate.of(2000, 1, 1));
        analysis.filter().toProperty().set(LocalDate.of(2016, 12, 31));
        assertSameAsCli(sample.cli("tally", "--rows", "code", "--cols", "year", "--measure", "per10k",
                "--from", "2000-01-01", "--to", "2016-12-31"));
        assertThat(analysis.headers()).doesNotContain("2022", "1949");
    }

    @Test
    void aPercentageOfARateIsExplainedNotComputed() {
        analysis.measureProperty().set(MatrixValues.Measure.PER_10K_WORDS);
        analysis.percentageProperty().set(MatrixValues.Percentage.ROW);
        assertThat(analysis.problemProperty().get()).contains("not for rates per 10,000 words");
        analysis.percentageProperty().set(MatrixValues.Percentage.NONE);
        assertThat(analysis.problemProperty().get()).isEmpty();
    }

    @Test
    void aRefusedRequestShowsNoMatrixNoPassagesAndExportsNothing() {
        analysis.selectCell(rowIndex("Realism"), 4);
        assertThat(analysis.cellPassages()).isNotEmpty();
        analysis.measureProperty().set(MatrixValues.Measure.PER_10K_WORDS);
        analysis.percentageProperty().set(MatrixValues.Percentage.ROW);

        assertThat(analysis.problemProperty().get()).isNotEmpty();
        assertThat(analysis.valuesProperty().get()).isNull();
        assertThat(analysis.rows()).isEmpty();
        assertThat(analysis.headers()).isEmpty();
        assertThat(analysis.cellPassages()).isEmpty();
        Path out = dir.resolve("refused.csv");
        analysis.exportCsv(out);
        assertThat(out).doesNotExist();

        analysis.percentageProperty().set(MatrixValues.Percentage.NONE);
        assertThat(analysis.rows()).hasSize(11);
    }

    @Test
    void clickingACellListsItsPassagesAndTheTotalRowListsAColumn() {
        analysis.selectCell(rowIndex("Seeking a common language and community"), 1);
        assertThat(analysis.cellPassages()).hasSize(6)
                .allSatisfy(p -> assertThat(p.code()).isEqualTo("Seeking a common language and community"));
        assertThat(analysis.cellHeadingProperty().get())
                .isEqualTo("Seeking a common language and community × " + DIALOGUE + ": 6 passages in 3 documents");

        analysis.selectCell(analysis.rows().size() - 1, 1);
        assertThat(analysis.cellPassages()).hasSize(10);
        analysis.selectCell(rowIndex("Realism"), 4);
        assertThat(analysis.cellPassages()).hasSize(31);
    }

    @Test
    void heatIsTheShareOfTheLargestCell() {
        assertThat(row("Constructivism").heat().get(3)).isEqualTo(14 / 17.0);
        assertThat(row("Realism").heat().get(3)).isEqualTo(1.0);
        assertThat(row("Realism").heat()).last().isEqualTo(0.0);
    }

    @Test
    void sourceBalanceNamesFrameCellsDominatedByOneActor() {
        assertThat(analysis.balanceProperty().get()).startsWith("Source balance — one actor supplies more than 75 %")
                .contains("Constructivism × " + DIALOGUE + ": Russia");
    }

    @Test
    void exportWritesTheTableAsShown() throws Exception {
        Path out = dir.resolve("matrix.csv");
        analysis.columnChoiceProperty().set("actor");
        analysis.exportCsv(out);
        assertThat(sample.main.status().lastResultProperty().get()).isEqualTo("Matrix written to " + out);
        assertThat(Files.readAllLines(out)).startsWith("\"\",NATO,Russia,USA,Total", "Realism,2,13,16,31")
                .endsWith("Total,4,36,23,63");
    }

    /** Every header, row label and number of the view equals the command line's CSV. */
    private void assertSameAsCli(List<CSVRecord> cli) {
        List<String> header = new ArrayList<>(List.of(""));
        header.addAll(analysis.headers());
        assertThat(cli.get(0).toList()).isEqualTo(header);
        assertThat(analysis.rows()).hasSize(cli.size() - 1);
        for (int r = 0; r < analysis.rows().size(); r++) {
            MatrixRow row = analysis.rows().get(r);
            CSVRecord expected = cli.get(r + 1);
            assertThat(row.label()).isEqualTo(expected.get(0));
            for (int c = 0; c < row.values().size(); c++) {
                assertThat(CellText.rounded(row.values().get(c)))
                        .as("%s × %s", row.label(), header.get(c + 1))
                        .isEqualTo(Double.parseDouble(expected.get(c + 1)));
            }
        }
    }

    private MatrixRow row(String label) {
        return analysis.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private int rowIndex(String label) {
        return analysis.rows().indexOf(row(label));
    }
}
