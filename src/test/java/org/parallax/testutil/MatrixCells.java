package org.parallax.testutil;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Matrix;

/** Every cell of a matrix, row by row: two Table 1s agree when these lists are equal. */
public final class MatrixCells {
    private MatrixCells() {
    }

    public static List<Matrix.Tally> of(Matrix m) {
        List<Matrix.Tally> out = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            for (int c = 0; c < m.columns().size(); c++) {
                out.add(m.cell(r, c));
            }
        }
        return out;
    }
}
