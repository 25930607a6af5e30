package org.parallax.ui.analysis;

import java.util.List;

/**
 * One row of the analysis table as shown: its label and depth, the cell texts (last one the row total),
 * the numbers behind them and each cell's heat (value / largest cell value, 0..1; 0 for totals).
 * {@code index} is the matrix row, or -1 for the Total row.
 */
public record MatrixRow(int index, String label, int depth, boolean group, List<String> cells, List<Double> values,
                        List<Double> heat) {

    public MatrixRow {
        cells = List.copyOf(cells);
        values = List.copyOf(values);
        heat = List.copyOf(heat);
    }

    /** The label indented by depth, so codes sit beneath their frame. */
    public String indentedLabel() {
        return "    ".repeat(depth) + label;
    }

    public boolean isTotal() {
        return index < 0;
    }
}
