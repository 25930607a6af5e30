package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.parallax.analysis.CodingFixture.*;
import static org.parallax.analysis.ExpectationOverlay.Status.EXPECTED_EMPTY;
import static org.parallax.analysis.ExpectationOverlay.Status.EXPECTED_OBSERVED;
import static org.parallax.analysis.ExpectationOverlay.Status.NEUTRAL;
import static org.parallax.analysis.ExpectationOverlay.Status.UNEXPECTED;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.Matrix;
import org.parallax.model.Segment;

/** Expectation overlay, timeline and source balance on the hand-counted {@link CodingFixture}. */
class MatrixViewsTest {

    @Test
    void overlayMarksExpectedUnexpectedAndEmptyCells() {
        Matrix m = CodingMatrixTest.compute(MatrixSpec.table1());

        ExpectationOverlay overlay = ExpectationOverlay.of(m, CODEBOOK);

        // Rows: Realism, Balance, Threat, Constructivism, Norms, Divergence; last column "No scenario".
        assertThat(overlay.status(1, 0)).isEqualTo(EXPECTED_OBSERVED);
        assertThat(overlay.status(1, 2)).isEqualTo(NEUTRAL);
        assertThat(overlay.status(4, 0)).isEqualTo(EXPECTED_EMPTY);
        assertThat(overlay.status(4, 1)).isEqualTo(UNEXPECTED);
        assertThat(overlay.status(4, 2)).isEqualTo(UNEXPECTED);
        assertThat(overlay.status(5, 2)).isEqualTo(EXPECTED_OBSERVED);
        assertThat(overlay.status(3, 0)).isEqualTo(EXPECTED_EMPTY);
        assertThat(overlay.status(3, 1)).isEqualTo(UNEXPECTED);
        assertThat(overlay.status(3, 3)).isEqualTo(NEUTRAL);
        assertThat(overlay.cells(UNEXPECTED)).extracting(ExpectationOverlay.Cell::rowLabel, ExpectationOverlay.Cell::columnLabel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Constructivism", "Institutionalized dialogue"),
                        org.assertj.core.groups.Tuple.tuple("Convergence of norms", "Institutionalized dialogue"),
                        org.assertj.core.groups.Tuple.tuple("Convergence of norms",
                                "Disbanding of institutional interaction"));
    }

    @Test
    void overlayIsNeutralOnColumnsThatAreNotScenarios() {
        Matrix m = CodingMatrixTest.compute(MatrixSpec.table1().withColumns(MatrixSpec.Columns.parse("year")));

        ExpectationOverlay overlay = ExpectationOverlay.of(m, CODEBOOK);

        assertThat(overlay.cells(NEUTRAL)).hasSize(m.rows().size() * m.columns().size());
    }

    @Test
    void yearlyTimelineFillsEmptyYearsAndKeepsUndatedApart() {
        Timeline timeline = timeline(MatrixSpec.Columns.parse("year"));

        assertThat(timeline.bins()).extracting(Timeline.Bin::label).containsExactly("1997", "1998", "1999");
        assertThat(timeline.bins()).extracting(Timeline.Bin::passages).containsExactly(3, 0, 6);
        Timeline.Series realism = timeline.series().get(0);
        Timeline.Series constructivism = timeline.series().get(1);
        assertThat(realism.label()).isEqualTo("Realism");
        assertThat(realism.counts()).containsExactly(2, 0, 3);
        assertThat(realism.shares().get(0)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(realism.shares().get(1)).isZero();
        assertThat(constructivism.counts()).containsExactly(1, 0, 3);
        assertThat(constructivism.shares().get(2)).isCloseTo(0.5, within(1e-12));
        assertThat(constructivism.undated()).isEqualTo(1);
        assertThat(realism.undated()).isZero();
        assertThat(timeline.undated()).isEqualTo(1);
    }

    @Test
    void monthlyTimelineRunsFromTheFirstToTheLastDatedMonth() {
        Timeline timeline = timeline(MatrixSpec.Columns.of(MatrixSpec.ColumnKind.MONTH));

        assertThat(timeline.bins()).hasSize(26);
        assertThat(timeline.bins().get(0).label()).isEqualTo("1997-05");
        assertThat(timeline.bins().get(22).label()).isEqualTo("1999-03");
        assertThat(timeline.series().get(0).counts().get(22)).isEqualTo(2);
        assertThat(timeline.series().get(1).counts().get(25)).isEqualTo(1);
    }

    @Test
    void periodTimelineUsesTheGivenEvents() {
        Timeline timeline = timeline(MatrixSpec.Columns.periods(List.of(
                new MatrixSpec.Period("Founding Act to Kosovo", LocalDate.of(1997, 5, 27)),
                new MatrixSpec.Period("Kosovo war", LocalDate.of(1999, 3, 24)),
                new MatrixSpec.Period("After Kosovo", LocalDate.of(1999, 6, 10)))));

        assertThat(timeline.bins()).extracting(Timeline.Bin::passages).containsExactly(3, 6, 0);
        assertThat(timeline.bins().get(1).end()).isEqualTo(LocalDate.of(1999, 6, 10));
        assertThat(timeline.bins().get(2).end()).isNull();
    }

    @Test
    void timelineRefusesNonTimeColumns() {
        assertThatThrownBy(() -> timeline(MatrixSpec.Columns.parse("actor"))).hasMessageContaining("ACTOR");
    }

    @Test
    void sourceBalanceFlagsCellsOneActorDominates() {
        Matrix m = CodingMatrixTest.compute(MatrixSpec.table1());
        Map<Long, String> actors = new HashMap<>();
        Map<Long, String> byDocument = Map.of(1L, "NATO", 2L, "Russia", 3L, "NATO");
        for (Segment s : SEGMENTS) {
            actors.put(s.id(), byDocument.get(s.documentId()));
        }

        List<SourceBalance.Cell> cells = SourceBalance.compute(m, actors, SourceBalance.DEFAULT_THRESHOLD);

        SourceBalance.Cell partnership = find(cells, 1, 0);
        assertThat(partnership.byActor()).containsExactly(Map.entry("Russia", 1));
        assertThat(partnership.imbalanced()).isTrue();
        SourceBalance.Cell mixed = find(cells, 3, 3);
        assertThat(mixed.byActor()).containsExactly(Map.entry("NATO", 1), Map.entry("No actor", 1));
        assertThat(mixed.leadingShare()).isEqualTo(0.5);
        assertThat(mixed.imbalanced()).isFalse();
        assertThat(find(SourceBalance.warnings(m, actors, 0.4), 3, 3).imbalanced()).isTrue();
        assertThat(SourceBalance.warnings(m, actors, SourceBalance.DEFAULT_THRESHOLD)).hasSize(16);
        assertThat(cells).hasSize(17);
    }

    private static SourceBalance.Cell find(List<SourceBalance.Cell> cells, int row, int column) {
        return cells.stream().filter(c -> c.row() == row && c.column() == column).findFirst().orElseThrow();
    }

    private static Timeline timeline(MatrixSpec.Columns columns) {
        return Timeline.compute(CODEBOOK, DOCUMENTS, WORDS, SEGMENTS, MatrixSpec.table1().withColumns(columns));
    }
}
