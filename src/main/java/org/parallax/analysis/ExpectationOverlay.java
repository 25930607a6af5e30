package org.parallax.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Matrix;

/**
 * The codebook's expectations laid over a theory-by-scenario matrix: for each cell, whether the frame
 * expected its indicator in that scenario and whether passages were observed there. A frame row expects
 * what any of its indicators expects; codes without any stated expectation, and columns that are not
 * scenarios of the codebook ("No scenario"), are neutral.
 */
public final class ExpectationOverlay {
    /** How observation and expectation meet in one cell. */
    public enum Status {
        /** Expected and observed: the frame explains the scenario here. */
        EXPECTED_OBSERVED,
        /** Observed although not expected, e.g. convergence coded in a disbanding scenario. */
        UNEXPECTED,
        /** Expected but no passage observed. */
        EXPECTED_EMPTY,
        /** Neither expected nor observed, or no expectation applies. */
        NEUTRAL
    }

    /** One cell with its status and passage count. */
    public record Cell(int row, int column, String rowLabel, String columnLabel, Status status, int passages) {
    }

    private final Matrix matrix;
    private final Status[][] statuses;

    private ExpectationOverlay(Matrix matrix, Status[][] statuses) {
        this.matrix = matrix;
        this.statuses = statuses;
    }

    /** Classifies every cell of {@code matrix} against {@code codebook.expectations()}. */
    public static ExpectationOverlay of(Matrix matrix, Codebook codebook) {
        int rows = matrix.rows().size();
        int columns = matrix.columns().size();
        Status[][] statuses = new Status[rows][columns];
        for (int r = 0; r < rows; r++) {
            Set<Long> expected = expectedScenarios(matrix.rows().get(r), codebook);
            for (int c = 0; c < columns; c++) {
                Matrix.Column column = matrix.columns().get(c);
                boolean scenario = column.id() != null && codebook.scenario(column.id())
                        .filter(s -> s.name().equals(column.label())).isPresent();
                boolean observed = matrix.cell(r, c).segments() > 0;
                if (!scenario || expected.isEmpty()) {
                    statuses[r][c] = Status.NEUTRAL;
                } else if (expected.contains(column.id())) {
                    statuses[r][c] = observed ? Status.EXPECTED_OBSERVED : Status.EXPECTED_EMPTY;
                } else {
                    statuses[r][c] = observed ? Status.UNEXPECTED : Status.NEUTRAL;
                }
            }
        }
        return new ExpectationOverlay(matrix, statuses);
    }

    public Status status(int row, int column) {
        return statuses[row][column];
    }

    /** The cells with {@code status}, row by row. */
    public List<Cell> cells(Status status) {
        List<Cell> out = new ArrayList<>();
        for (int r = 0; r < statuses.length; r++) {
            for (int c = 0; c < statuses[r].length; c++) {
                if (statuses[r][c] == status) {
                    out.add(new Cell(r, c, matrix.rows().get(r).label(), matrix.columns().get(c).label(), status,
                            matrix.cell(r, c).segments()));
                }
            }
        }
        return out;
    }

    private static Set<Long> expectedScenarios(Matrix.Row row, Codebook codebook) {
        if (row.kind() == Matrix.RowKind.CODE) {
            return codebook.expectations().getOrDefault(row.id(), Set.of());
        }
        Set<Long> union = new HashSet<>();
        for (Code code : codebook.codes()) {
            if (code.frameId() != null && code.frameId() == row.id()) {
                union.addAll(codebook.expectations().getOrDefault(code.id(), Set.of()));
            }
        }
        return union;
    }
}
