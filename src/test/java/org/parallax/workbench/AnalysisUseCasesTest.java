package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.CoOccurrence;
import org.parallax.analysis.MatrixSpec;
import org.parallax.analysis.MatrixValues;
import org.parallax.model.Matrix;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestProjects;

/** The analysis use cases on a real project file: words from stored texts, coder names, agreement. */
class AnalysisUseCasesTest {
    // 3 paragraphs of 10 words each, 201 characters; paragraphs start at 0, 59 and 126.
    private static final String TEXT = "NATO and Russia agreed to meet in Permanent Joint Council.\n"
            + "Both sides spoke of a common European security architecture today.\n"
            + "Moscow warned that enlargement threatened its vital security interests now.";

    @TempDir
    Path dir;
    Workbench wb;
    long doc;
    long balance;
    long threat;

    @BeforeEach
    void open(Backend backend) {
        wb = backend.table1(dir);
        doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "council.txt", TEXT));
        balance = wb.codebook().code("Balance of power").id();
        threat = wb.codebook().code("Perception of threatening behavior").id();
        // Ana: balance on [0,40) and threat in paragraph 3; Ben: balance on [20,55) only.
        wb.coding().code(doc, 0, 40, balance, "ana", null);
        wb.coding().code(doc, 140, 160, threat, "ana", null);
        wb.coding().code(doc, 20, 55, balance, "ben", null);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @BothBackends
    void matrixRatesUseTheWordsOfTheStoredText() {
        Matrix m = wb.analysis().matrix(MatrixSpec.table1());

        assertThat(m.totalWords()).isEqualTo(30);
        int noScenario = m.columns().size() - 1;
        assertThat(MatrixValues.of(m, MatrixValues.Measure.PER_10K_WORDS, MatrixValues.Percentage.NONE)
                .cell(0, noScenario)).isCloseTo(3 * 10_000.0 / 30, within(1e-9));
        assertThat(m.rowCharacters(0)).isEqualTo(95);
    }

    @BothBackends
    void coderFilterByName() {
        var ana = MatrixSpec.Filter.NONE.withCoders(wb.analysis().coderIds(List.of("ana")));

        assertThat(wb.analysis().matrix(MatrixSpec.table1().withFilter(ana)).total().segments()).isEqualTo(2);
        assertThatThrownBy(() -> wb.analysis().coderIds(List.of("zoe"))).isInstanceOf(ParallaxException.class)
                .hasMessageContaining("'zoe'");
    }

    @BothBackends
    void characterAgreementPerCodeAndPooled() {
        AgreementReport report = wb.analysis().agreement(List.of("ana", "ben"), List.of(), AgreementUnit.CHARACTER,
                "Balance of power", false);

        // 201 characters: both 20, ana only 20, ben only 15, neither 146.
        AgreementReport.Line kappa = line(report, "Balance of power", "kappa");
        double n = 201;
        double pe = (40 / n) * (35 / n) + (1 - 40 / n) * (1 - 35 / n);
        assertThat(kappa.value()).isCloseTo((166 / n - pe) / (1 - pe), within(1e-12));
        assertThat(kappa.units()).isEqualTo(201);
        assertThat(line(report, "Balance of power", "percent agreement").value()).isCloseTo(100 * 166 / n,
                within(1e-9));
        assertThat(report.offeredUnits()).isEqualTo(201);
        assertThat(report.coders()).containsExactly("ana", "ben");
    }

    @BothBackends
    void aDocumentOnlyOneCoderCodedCountsForNeitherTheCommandNorTheComparison() {
        long other = TestProjects.importOne(wb, TestProjects.textFile(dir, "memo.txt", "x".repeat(5_000)));
        wb.coding().code(other, 0, 100, balance, "ana", null);

        AgreementReport report = wb.analysis().agreement(List.of("ana", "ben"), List.of(), AgreementUnit.CHARACTER,
                null, false);

        // By hand, the council text alone: Balance both 20, ana only 20, ben only 15, neither 146; Threat ana only 20,
        // neither 181; pooled over 402 (character, code) units: both 20, ana only 40, ben only 15, neither 327.
        double n = 402;
        double pe = (60 / n) * (35 / n) + (1 - 60 / n) * (1 - 35 / n);
        AgreementReport.Line kappa = line(report, AgreementReport.ALL_CODES, "kappa");
        assertThat(kappa.value()).isCloseTo((347 / n - pe) / (1 - pe), within(1e-12));
        assertThat(kappa.units()).isEqualTo(402);
        assertThat(report.documents()).isEqualTo(2);
        assertThat(report.compared()).isEqualTo(1);
        assertThat(report.scope()).startsWith("1 of 2 documents compared: those both ana and ben coded");
        CoderComparison tab = wb.comparison().compare("ana", "ben", null);
        assertThat(tab.kappa()).isEqualTo(kappa.value());
        assertThat(tab.documents()).isEqualTo(1);
    }

    @BothBackends
    void paragraphAlphaOverAllCodesTheCodersApplied() {
        AgreementReport report = wb.analysis().agreement(List.of("ana", "ben"), null, AgreementUnit.PARAGRAPH, null,
                false);

        // Balance: paragraph 1 both, 2 and 3 neither: no disagreement. Threat: ana alone in paragraph 3.
        assertThat(report.offeredUnits()).isEqualTo(3);
        assertThat(line(report, "Balance of power", "alpha").value()).isEqualTo(1.0);
        assertThat(line(report, "Perception of threatening behavior", "alpha").value()).isCloseTo(
                0.0, within(1e-12));
        assertThat(line(report, AgreementReport.ALL_CODES, "alpha").units()).isEqualTo(3);
    }

    @BothBackends
    void agreementNamesUnknownCodersAndCodes() {
        assertThatThrownBy(() -> wb.analysis().agreement(List.of("ana", "zoe"), null, AgreementUnit.CHARACTER, null,
                false)).hasMessageContaining("'zoe'");
        assertThatThrownBy(() -> wb.analysis().agreement(List.of("ana", "ben"), null, AgreementUnit.CHARACTER,
                "Nonsense", false)).hasMessageContaining("'Nonsense'");
        assertThatThrownBy(() -> wb.analysis().agreement(List.of("ana"), null, AgreementUnit.CHARACTER, null,
                false)).hasMessageContaining("two different coders");
    }

    @BothBackends
    void paragraphCooccurrenceReadsTheStoredText() {
        CoOccurrence co = wb.analysis().cooccurrence(CoOccurrence.Mode.PARAGRAPH, List.of(balance, threat),
                MatrixSpec.Filter.NONE.withCoders(Set.copyOf(wb.analysis().coderIds(List.of("ana")))));

        assertThat(co.units(0)).isEqualTo(1);
        assertThat(co.units(1)).isEqualTo(1);
        assertThat(co.count(0, 1)).isZero();
    }

    private static AgreementReport.Line line(AgreementReport report, String code, String statistic) {
        return report.lines().stream().filter(l -> l.code().equals(code) && l.statistic().equals(statistic))
                .findFirst().orElseThrow();
    }
}
