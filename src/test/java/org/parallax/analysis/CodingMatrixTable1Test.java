package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.Matrix;
import org.parallax.model.Segment;

/** The general matrix with the Table 1 preset counts exactly as the dedicated Table 1 computation. */
class CodingMatrixTable1Test {

    @Test
    void equalsTheoryScenarioMatrixOnTheHandCountedFixture() {
        assertSame(Table1Fixture.CODEBOOK, Table1Fixture.SEGMENTS, Table1Fixture.DOCUMENT_SCENARIOS);
    }

    @Test
    void equalsTheoryScenarioMatrixOnARandomProject() {
        var project = SyntheticTable1Project.synthetic(20_000, 60, 14, 3, 7);
        assertSame(project.codebook(), project.segments(), project.documentScenarios());
    }

    @Test
    void valuesOfTheDedicatedTable1CountPassagesButHaveNoCharacters() {
        Matrix table1 = TheoryScenarioMatrix.compute(Table1Fixture.CODEBOOK, Table1Fixture.SEGMENTS,
                Table1Fixture.DOCUMENT_SCENARIOS);

        assertThat(MatrixValues.of(table1, MatrixValues.Measure.PASSAGES, MatrixValues.Percentage.NONE).total())
                .isEqualTo(table1.total().segments());
        assertThat(table1.hasExtent()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MatrixValues.of(table1,
                MatrixValues.Measure.CHARACTERS, MatrixValues.Percentage.NONE).total())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MatrixSpec");
    }

    private static void assertSame(Codebook codebook, Collection<Segment> segments, Map<Long, Long> scenarios) {
        Matrix expected = TheoryScenarioMatrix.compute(codebook, segments, scenarios);
        Matrix actual = CodingMatrix.compute(codebook, documents(codebook, scenarios), Map.of(), segments,
                MatrixSpec.table1());

        assertThat(actual.rows()).isEqualTo(expected.rows());
        assertThat(actual.columns()).isEqualTo(expected.columns());
        assertThat(actual.total()).isEqualTo(expected.total());
        for (int r = 0; r < expected.rows().size(); r++) {
            assertThat(actual.rowTotal(r)).isEqualTo(expected.rowTotal(r));
            for (int c = 0; c < expected.columns().size(); c++) {
                assertThat(actual.cell(r, c)).as("cell %d,%d", r, c).isEqualTo(expected.cell(r, c));
                assertThat(Set.of(box(actual.segmentIds(r, c)))).isEqualTo(Set.of(box(expected.segmentIds(r, c))));
            }
        }
        for (int c = 0; c < expected.columns().size(); c++) {
            assertThat(actual.columnTotal(c)).isEqualTo(expected.columnTotal(c));
        }
    }

    /** Documents carrying the scenario map as metadata (some segment documents stay unlisted). */
    private static List<Document> documents(Codebook codebook, Map<Long, Long> scenarios) {
        List<Document> out = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        codebook.scenarios().forEach(s -> names.put(s.id(), s.name()));
        scenarios.forEach((document, scenario) -> out.add(new Document(document,
                new DocumentMeta("d" + document, null, null, null, null, names.get(scenario), Map.of()), 0, "", "")));
        return out;
    }

    private static Long[] box(long[] ids) {
        return java.util.Arrays.stream(ids).boxed().toArray(Long[]::new);
    }
}
