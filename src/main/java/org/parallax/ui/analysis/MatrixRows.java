package org.parallax.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import org.parallax.analysis.MatrixValues;
import org.parallax.model.Matrix;

/** Turns matrix values into the rows the table shows: one per matrix row, then a Total row, as `tally` prints. */
final class MatrixRows {
    static final String TOTAL = "Total";

    private MatrixRows() {
    }

    /** {@code withDocuments}: raw passage counts show "passages (documents)". */
    static List<MatrixRow> of(MatrixValues values, boolean withDocuments) {
        Matrix m = values.matrix();
        int columns = m.columns().size();
        double max = 0;
        for (int r = 0; r < m.rows().size(); r++) {
            for (int c = 0; c < columns; c++) {
                max = Math.max(max, values.cell(r, c));
            }
        }
        List<MatrixRow> rows = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            List<String> cells = new ArrayList<>();
            List<Double> numbers = new ArrayList<>();
            List<Double> heat = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                double value = values.cell(r, c);
                numbers.add(value);
                cells.add(CellText.of(value, withDocuments ? m.cell(r, c).documents() : -1));
                heat.add(max == 0 ? 0 : value / max);
            }
            numbers.add(values.rowTotal(r));
            cells.add(CellText.of(values.rowTotal(r), withDocuments ? m.rowTotal(r).documents() : -1));
            heat.add(0.0);
            Matrix.Row row = m.rows().get(r);
            rows.add(new MatrixRow(r, row.label(), row.depth(), row.kind() == Matrix.RowKind.FRAME, cells, numbers,
                    heat));
        }
        List<String> cells = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            numbers.add(values.columnTotal(c));
            cells.add(CellText.of(values.columnTotal(c), withDocuments ? m.columnTotal(c).documents() : -1));
        }
        numbers.add(values.total());
        cells.add(CellText.of(values.total(), withDocuments ? m.total().documents() : -1));
        rows.add(new MatrixRow(-1, TOTAL, 0, true, cells, numbers, java.util.Collections.nCopies(columns + 1, 0.0)));
        return rows;
    }
}
