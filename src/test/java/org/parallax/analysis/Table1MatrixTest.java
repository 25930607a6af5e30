package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parallax.model.Codebook;
import org.parallax.model.Matrix;
import org.parallax.model.Matrix.RowKind;
import org.parallax.model.Segment;

class Table1MatrixTest {

    private final Matrix matrix = Table1Fixture.table1(
            Table1Fixture.CODEBOOK, Table1Fixture.SEGMENTS, Table1Fixture.DOCUMENT_SCENARIOS);

    @Test
    void rowsAreFramesEachFollowedByTheirIndicatorCodes() {
        assertThat(matrix.rows()).containsExactly(
                new Matrix.Row(RowKind.FRAME, 1, "Realism", -1, 0),
                new Matrix.Row(RowKind.CODE, 101, "Balance of power", 0, 1),
                new Matrix.Row(RowKind.CODE, 102, "Perception of threatening behavior", 0, 1),
                new Matrix.Row(RowKind.CODE, 103, "Actions that are threatening to vital interests of either party", 0, 2),
                new Matrix.Row(RowKind.FRAME, 2, "Constructivism", -1, 0),
                new Matrix.Row(RowKind.CODE, 201, "Convergence of norms", 4, 1),
                new Matrix.Row(RowKind.CODE, 202, "Divergence in norms and values", 4, 1));
    }

    @Test
    void columnsAreScenariosInOrderThenNoScenario() {
        assertThat(matrix.columns()).containsExactly(
                new Matrix.Column(11L, "Partnership schemes / joint exercise"),
                new Matrix.Column(12L, "Institutionalized dialogue"),
                new Matrix.Column(13L, "Disbanding of institutional interaction"),
                new Matrix.Column(null, "No scenario"));
    }

    @Test
    void everyCellCountsSegmentsAndDistinctDocumentsByScenario() {
        // cells per column (partnership, dialogue, disbanding, none), then the row total
        assertRow(0, "1/1", "2/2", "1/1", "2/2", "6/4");
        assertRow(1, "1/1", "1/1", "1/1", "0/0", "3/2");
        assertRow(2, "0/0", "1/1", "0/0", "1/1", "2/2");
        assertRow(3, "0/0", "0/0", "0/0", "1/1", "1/1");
        assertRow(4, "1/1", "1/1", "1/1", "2/2", "5/4");
        assertRow(5, "0/0", "1/1", "1/1", "1/1", "3/3");
        assertRow(6, "1/1", "0/0", "0/0", "1/1", "2/2");
    }

    @Test
    void columnTotalsCountEachSegmentOnceAcrossFrameAndCodeRows() {
        assertThat(IntStream.range(0, 4).mapToObj(c -> text(matrix.columnTotal(c))))
                .containsExactly("2/1", "3/3", "2/2", "4/2");
        assertThat(text(matrix.total())).isEqualTo("11/4");
    }

    @Test
    void cellsListTheirSegmentIdsForClickThrough() {
        assertThat(matrix.segmentIds(0, 1)).containsExactly(5, 8);
        assertThat(matrix.segmentIds(0, 3)).containsExactly(9, 17);
        assertThat(matrix.segmentIds(1, 0)).containsExactly(3);
        assertThat(matrix.segmentIds(4, 0)).containsExactly(6);
        assertThat(matrix.segmentIds(5, 1)).containsExactly(15);
        assertThat(matrix.segmentIds(5, 2)).containsExactly(4);
        assertThat(matrix.segmentIds(4, 3)).containsExactly(11, 16);
        assertThat(matrix.segmentIds(3, 0)).isEmpty();
    }

    @Test
    void inputOrderDoesNotChangeTheTally() {
        List<Segment> shuffled = new ArrayList<>(Table1Fixture.SEGMENTS);
        Collections.shuffle(shuffled, new Random(7));
        Matrix again = Table1Fixture.table1(Table1Fixture.CODEBOOK, shuffled, Table1Fixture.DOCUMENT_SCENARIOS);
        for (int row = 0; row < matrix.rows().size(); row++) {
            for (int column = 0; column < matrix.columns().size(); column++) {
                assertThat(again.cell(row, column)).isEqualTo(matrix.cell(row, column));
            }
        }
    }

    @Test
    void projectWithoutSegmentsGivesZeroEverywhere() {
        Matrix empty = Table1Fixture.table1(Table1Fixture.CODEBOOK, List.of(), Map.of());
        assertThat(empty.rows()).hasSize(7);
        for (int row = 0; row < 7; row++) {
            assertThat(empty.rowTotal(row)).isEqualTo(Matrix.Tally.ZERO);
            for (int column = 0; column < 4; column++) {
                assertThat(empty.cell(row, column)).isEqualTo(Matrix.Tally.ZERO);
                assertThat(empty.segmentIds(row, column)).isEmpty();
            }
        }
        assertThat(empty.total()).isEqualTo(Matrix.Tally.ZERO);
    }

    @Test
    void emptyCodebookGivesOnlyTheNoScenarioColumn() {
        Matrix empty = Table1Fixture.table1(Codebook.empty(), Table1Fixture.SEGMENTS, Map.of());
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.columns()).containsExactly(new Matrix.Column(null, "No scenario"));
        assertThat(empty.total()).isEqualTo(Matrix.Tally.ZERO);
    }

    @Test
    void syntheticBenchmarkProjectCountsEveryIndicatorSegment() {
        var project = SyntheticTable1Project.synthetic(20_000, 100, 20, 5, 1);
        Matrix big = Table1Fixture.table1(project.codebook(), project.segments(), project.documentScenarios());
        long indicatorSegments = project.segments().stream().filter(s -> s.codeId() >= 1005).count();
        assertThat(big.total().segments()).isEqualTo(indicatorSegments);
        assertThat(big.rowTotal(0).segments() + big.rowTotal(big.rows().size() / 2).segments())
                .isEqualTo((int) indicatorSegments);
    }

    private void assertRow(int row, String... expected) {
        List<String> actual = new ArrayList<>();
        for (int column = 0; column < matrix.columns().size(); column++) {
            actual.add(text(matrix.cell(row, column)));
        }
        actual.add(text(matrix.rowTotal(row)));
        assertThat(actual).as("row %d (%s)", row, matrix.rows().get(row).label()).containsExactly(expected);
    }

    private static String text(Matrix.Tally tally) {
        return tally.segments() + "/" + tally.documents();
    }
}
