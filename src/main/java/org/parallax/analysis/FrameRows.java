package org.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Matrix;

/** The rows of Table 1: each theory frame, followed by its indicator codes as a tree (sub-codes after their parent). */
final class FrameRows {
    private FrameRows() {
    }

    /** The rows; fills {@code codeRow} (indexed like {@code codeIndex}, -1 for none) with each indicator's row. */
    static List<Matrix.Row> of(Codebook codebook, LongIndex codeIndex, int[] codeRow) {
        List<Matrix.Row> rows = new ArrayList<>();
        for (Frame frame : codebook.frames()) {
            int frameRow = rows.size();
            rows.add(new Matrix.Row(Matrix.RowKind.FRAME, frame.id(), frame.name(), -1, 0));
            List<Code> indicators = codebook.codesOf(frame).stream().filter(c -> !c.isScenarioCode()).toList();
            for (Code code : indicators) {
                if (code.parentId() == null || indicators.stream().noneMatch(c -> c.id() == code.parentId())) {
                    addTree(code, 1, indicators, frameRow, rows, codeIndex, codeRow);
                }
            }
        }
        return rows;
    }

    private static void addTree(Code code, int depth, List<Code> indicators, int frameRow, List<Matrix.Row> rows,
                                LongIndex codeIndex, int[] codeRow) {
        int ci = codeIndex.indexOf(code.id());
        if (codeRow[ci] >= 0) {
            return;
        }
        codeRow[ci] = rows.size();
        rows.add(new Matrix.Row(Matrix.RowKind.CODE, code.id(), code.name(), frameRow, depth));
        for (Code child : indicators) {
            if (child.parentId() != null && child.parentId() == code.id()) {
                addTree(child, depth + 1, indicators, frameRow, rows, codeIndex, codeRow);
            }
        }
    }
}
