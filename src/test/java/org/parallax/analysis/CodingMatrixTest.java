package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.parallax.analysis.CodingFixture.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.Matrix;
import org.parallax.model.Segment;

/** The general matrix on the hand-counted {@link CodingFixture}: cells, totals, measures, filters, columns. */
class CodingMatrixTest {

    static Matrix compute(MatrixSpec spec) {
        return CodingMatrix.compute(CODEBOOK, DOCUMENTS, WORDS, SEGMENTS, spec);
    }

    @Test
    void table1CountsPassagesDocumentsAndCharactersPerCell() {
        Matrix m = compute(MatrixSpec.table1());

        assertThat(m.columns()).extracting(Matrix.Column::label).containsExactly(
                "Partnership schemes / joint exercise", "Institutionalized dialogue",
                "Disbanding of institutional interaction", "No scenario");
        assertThat(m.rows()).extracting(Matrix.Row::label).containsExactly("Realism", "Balance of power",
                "Perception of threatening behavior", "Constructivism", "Convergence of norms",
                "Divergence in norms and values");
        assertThat(passages(m)).isEqualTo(new int[][] {
                {1, 2, 1, 1}, {1, 1, 0, 1}, {0, 1, 1, 0}, {0, 1, 2, 2}, {0, 1, 1, 1}, {0, 0, 1, 1}});
        assertThat(ids(m, 0, 1)).containsExactlyInAnyOrder(1L, 3L);
        assertThat(m.cell(0, 1).documents()).isEqualTo(1);
        assertThat(m.rowTotal(0)).isEqualTo(new Matrix.Tally(5, 3));
        assertThat(m.columnTotal(3)).isEqualTo(new Matrix.Tally(3, 2));
        assertThat(m.total()).isEqualTo(new Matrix.Tally(10, 4));
        assertThat(m.characters(1, 0)).isEqualTo(20);
        assertThat(m.characters(2, 1)).isEqualTo(70);
        assertThat(m.rowCharacters(0)).isEqualTo(260);
        assertThat(m.rowCharacters(3)).isEqualTo(220);
        assertThat(m.columnCharacters(1)).isEqualTo(230);
        assertThat(m.totalCharacters()).isEqualTo(480);
    }

    @Test
    void columnWordsComeFromEachColumnsDocuments() {
        Matrix m = compute(MatrixSpec.table1());

        // D2 is a disbanding document with a partnership span: its 500 words count in both columns.
        assertThat(List.of(m.columnWords(0), m.columnWords(1), m.columnWords(2), m.columnWords(3)))
                .containsExactly(500L, 1000L, 500L, 2250L);
        assertThat(m.totalWords()).isEqualTo(3750);
    }

    @Test
    void noScenarioWordsIncludeDocumentsWithoutScenarioEvenWhenTheyHoldAScenarioPassage() {
        // Ben's partnership span at the start of D3 (no scenario attribute): Ben's segment 9 moves to partnership,
        // Ana's segment 10 stays in "No scenario", so D3's 2,000 words count in both columns.
        List<Segment> segments = new java.util.ArrayList<>(SEGMENTS);
        segments.add(new Segment(12, 3, 0, 15, 301, BEN, null, java.time.Instant.parse("2026-01-01T00:00:00Z")));
        Matrix m = CodingMatrix.compute(CODEBOOK, DOCUMENTS, WORDS, segments, MatrixSpec.table1());

        assertThat(m.columnTotal(3).segments()).isEqualTo(2);
        assertThat(List.of(m.columnWords(0), m.columnWords(3))).containsExactly(2500L, 2250L);
        assertThat(MatrixValues.of(m, MatrixValues.Measure.PER_10K_WORDS, MatrixValues.Percentage.NONE).cell(4, 3))
                .isCloseTo(10_000.0 / 2250, within(1e-9));
    }

    @Test
    void measuresAndPercentages() {
        Matrix m = compute(MatrixSpec.table1());

        assertThat(MatrixValues.of(m, MatrixValues.Measure.PER_10K_WORDS, MatrixValues.Percentage.NONE).cell(1, 1))
                .isCloseTo(10.0, within(1e-9));
        assertThat(MatrixValues.of(m, MatrixValues.Measure.PER_10K_WORDS, MatrixValues.Percentage.NONE).rowTotal(0))
                .isCloseTo(50_000.0 / 3750, within(1e-9));
        assertThat(MatrixValues.of(m, MatrixValues.Measure.PASSAGES, MatrixValues.Percentage.ROW).cell(1, 0))
                .isCloseTo(100.0 / 3, within(1e-9));
        assertThat(MatrixValues.of(m, MatrixValues.Measure.PASSAGES, MatrixValues.Percentage.COLUMN).cell(0, 1))
                .isCloseTo(200.0 / 3, within(1e-9));
        assertThat(MatrixValues.of(m, MatrixValues.Measure.PASSAGES, MatrixValues.Percentage.TOTAL).cell(3, 3))
                .isCloseTo(20.0, within(1e-9));
        assertThat(MatrixValues.of(m, MatrixValues.Measure.CHARACTERS, MatrixValues.Percentage.ROW).cell(0, 1))
                .isCloseTo(100.0 * 170 / 260, within(1e-9));
        assertThat(MatrixValues.of(m, MatrixValues.Measure.DOCUMENTS, MatrixValues.Percentage.NONE).total())
                .isEqualTo(4.0);
        assertThatThrownBy(() -> MatrixValues.of(m, MatrixValues.Measure.PER_10K_WORDS, MatrixValues.Percentage.ROW))
                .hasMessageContaining("not for rates");
    }

    @Test
    void actorColumnsWithCatchAllForDocumentsWithoutActor() {
        Matrix m = compute(MatrixSpec.table1().withColumns(MatrixSpec.Columns.of(MatrixSpec.ColumnKind.ACTOR)));

        assertThat(m.columns()).extracting(Matrix.Column::label).containsExactly("NATO", "Russia", "No actor");
        assertThat(passages(m)[0]).containsExactly(3, 2, 0);
        assertThat(passages(m)[3]).containsExactly(2, 2, 1);
        assertThat(List.of(m.columnWords(0), m.columnWords(1), m.columnWords(2))).containsExactly(3000L, 500L, 250L);
    }

    @Test
    void yearTypeLanguageAndAttributeColumns() {
        Matrix years = compute(MatrixSpec.table1().withColumns(MatrixSpec.Columns.parse("year")));
        Matrix types = compute(MatrixSpec.table1().withColumns(MatrixSpec.Columns.parse("type")));
        Matrix languages = compute(MatrixSpec.table1().withColumns(MatrixSpec.Columns.parse("lang")));
        Matrix speakers = compute(MatrixSpec.table1().withColumns(MatrixSpec.Columns.parse("attr:speaker")));

        assertThat(years.columns()).extracting(Matrix.Column::label).containsExactly("1997", "1999", "No date");
        assertThat(passages(years)[0]).containsExactly(2, 3, 0);
        assertThat(passages(years)[3]).containsExactly(1, 3, 1);
        assertThat(types.columns()).extracting(Matrix.Column::label)
                .containsExactly("treaty", "speech", "minutes", "interview");
        assertThat(passages(types)[3]).containsExactly(1, 2, 1, 1);
        assertThat(languages.columns()).extracting(Matrix.Column::label).containsExactly("en", "ru");
        assertThat(passages(languages)[0]).containsExactly(3, 2);
        assertThat(speakers.columns()).extracting(Matrix.Column::label).containsExactly("Solana", "Yeltsin",
                "No speaker");
        assertThat(speakers.total().segments()).isEqualTo(10);
    }

    @Test
    void filtersByCoderDateDocumentAndActor() {
        MatrixSpec.Filter none = MatrixSpec.Filter.NONE;

        assertThat(compute(MatrixSpec.table1().withFilter(none.withCoders(Set.of(ANA)))).total().segments())
                .isEqualTo(6);
        Matrix dated = compute(MatrixSpec.table1().withFilter(
                none.withDates(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 12, 31))));
        assertThat(dated.total()).isEqualTo(new Matrix.Tally(6, 2));
        assertThat(dated.totalWords()).isEqualTo(2500);
        assertThat(compute(MatrixSpec.table1().withFilter(none.withActors(Set.of("Russia")))).total().segments())
                .isEqualTo(4);
        assertThat(compute(MatrixSpec.table1().withFilter(none.withDocuments(Set.of(1L)))).total().segments())
                .isEqualTo(3);
    }

    @Test
    void coderFilterAlsoLimitsTheScenarioSpansRead() {
        Matrix ben = compute(MatrixSpec.table1().withFilter(MatrixSpec.Filter.NONE.withCoders(Set.of(BEN))));

        assertThat(ben.total().segments()).isEqualTo(4);
        assertThat(passages(ben)[0]).containsExactly(0, 1, 1, 1);
    }

    @Test
    void anotherCodersPassageOverTheSameWordsIsNoCoCoding() {
        // Segment 1 (Ana) overlaps segment 3 (Ben), segment 5 (Ana) overlaps segment 6 (Ben): two readings, no pair.
        Matrix m = compute(new MatrixSpec(MatrixSpec.Rows.codes(List.of(BALANCE, THREAT, DIVERGENCE)),
                MatrixSpec.Columns.codes(List.of(THREAT, DIVERGENCE, BALANCE)), null));

        assertThat(passages(m)).isEqualTo(new int[3][3]);
        assertThat(m.total().segments()).isZero();
    }

    @Test
    void aPassageTakesItsScenarioFromItsOwnCodersSpansOnly() {
        // Ben's partnership span over Ana's segment 5 (D2, disbanding) and Ben's segment 6; Ben's dialogue span over
        // Ben's segment 9 and Ana's segment 10 (D3, no scenario): Ben's passages move, Ana's stay where they were.
        List<Segment> segments = new java.util.ArrayList<>(SEGMENTS);
        segments.add(new Segment(12, 2, 100, 150, 301, BEN, null, java.time.Instant.parse("2026-01-01T00:00:00Z")));
        segments.add(new Segment(13, 3, 0, 100, 302, BEN, null, java.time.Instant.parse("2026-01-01T00:00:00Z")));
        Matrix m = CodingMatrix.compute(CODEBOOK, DOCUMENTS, WORDS, segments, MatrixSpec.table1());

        assertThat(ids(m, 5, 2)).containsExactly(5L);
        assertThat(ids(m, 4, 3)).containsExactly(10L);
        assertThat(ids(m, 2, 0)).containsExactly(6L);
        assertThat(ids(m, 1, 1)).containsExactlyInAnyOrder(1L, 9L);
    }

    @Test
    void coCodedColumnsCountRowPassagesOverlappingAColumnCode() {
        Matrix m = CodingMatrix.compute(CODEBOOK, DOCUMENTS, WORDS, oneCoder(), new MatrixSpec(
                MatrixSpec.Rows.codes(List.of(BALANCE, THREAT)), MatrixSpec.Columns.codes(List.of(THREAT, DIVERGENCE)),
                null));

        assertThat(passages(m)).isEqualTo(new int[][] {{1, 0}, {0, 1}});
        assertThat(ids(m, 0, 0)).containsExactly(1L);
        assertThat(ids(m, 1, 1)).containsExactly(6L);
        assertThat(m.total().segments()).isEqualTo(2);
        assertThat(m.columnWords(0)).isEqualTo(1500);
    }

    @Test
    void aPassageInSeveralCodeColumnsCountsOnceInItsRowAndTheTotal() {
        Matrix m = CodingMatrix.compute(CODEBOOK, DOCUMENTS, WORDS, oneCoder(), new MatrixSpec(
                MatrixSpec.Rows.codes(List.of(THREAT)), MatrixSpec.Columns.codes(List.of(BALANCE, DIVERGENCE)), null));

        assertThat(passages(m)).isEqualTo(new int[][] {{1, 1}});
        assertThat(m.rowTotal(0).segments()).isEqualTo(2);
        Matrix both = CodingMatrix.compute(CODEBOOK, DOCUMENTS, WORDS, oneCoder(), new MatrixSpec(
                MatrixSpec.Rows.codes(List.of(DIVERGENCE)), MatrixSpec.Columns.codes(List.of(THREAT, NORMS)), null));
        // Segment 5 overlaps segment 6 (threat) only: segment 4 (norms) ends at 40.
        assertThat(passages(both)).isEqualTo(new int[][] {{1, 0}});
        assertThat(both.rowTotal(0).segments()).isEqualTo(1);
    }

    @Test
    void zeroRowsGiveAnEmptyMatrix() {
        Matrix m = compute(new MatrixSpec(MatrixSpec.Rows.codes(List.of()),
                MatrixSpec.Columns.of(MatrixSpec.ColumnKind.SCENARIO), null));

        assertThat(m.rows()).isEmpty();
        assertThat(m.total()).isEqualTo(Matrix.Tally.ZERO);
        assertThat(m.totalWords()).isEqualTo(3750);
    }

    @Test
    void unknownCodeIdsAreRefusedWithTheirId() {
        assertThatThrownBy(() -> compute(new MatrixSpec(MatrixSpec.Rows.codes(List.of(999L)),
                MatrixSpec.Columns.of(MatrixSpec.ColumnKind.SCENARIO), null))).hasMessageContaining("999");
        assertThatThrownBy(() -> MatrixSpec.Columns.parse("colour")).hasMessageContaining("colour");
    }

    /** The fixture's passages as one coder's (Ana's), for the co-coding tests written for one reading. */
    static List<Segment> oneCoder() {
        return SEGMENTS.stream().map(s -> new Segment(s.id(), s.documentId(), s.start(), s.end(), s.codeId(), ANA,
                s.memo(), s.created())).toList();
    }

    static int[][] passages(Matrix m) {
        int[][] out = new int[m.rows().size()][m.columns().size()];
        for (int r = 0; r < out.length; r++) {
            for (int c = 0; c < out[r].length; c++) {
                out[r][c] = m.cell(r, c).segments();
            }
        }
        return out;
    }

    static List<Long> ids(Matrix m, int row, int column) {
        return Arrays.stream(m.segmentIds(row, column)).boxed().toList();
    }
}
