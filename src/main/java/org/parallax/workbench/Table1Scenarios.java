package org.parallax.workbench;

import java.util.Arrays;
import org.parallax.model.Matrix;

/**
 * The scenario column Table 1 counted each indicator passage in, looked up by passage id in one sorted array: a map
 * of boxed ids to names held 1,640,000 entries (109 MB) for an export of 2,000,000 passages (issue 18).
 */
final class Table1Scenarios {
    private final Matrix table1;
    /** Every passage id counted in a code row, sorted, each once. */
    private final long[] ids;
    /** The column of each of {@link #ids}. */
    private final int[] columns;

    Table1Scenarios(Matrix table1) {
        this.table1 = table1;
        int rows = table1.rows().size();
        int columnCount = table1.columns().size();
        int counted = 0;
        for (int r = 0; r < rows; r++) {
            if (table1.rows().get(r).kind() == Matrix.RowKind.CODE) {
                for (int c = 0; c < columnCount; c++) {
                    counted += table1.cell(r, c).segments();
                }
            }
        }
        long[] all = new long[counted];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            if (table1.rows().get(r).kind() == Matrix.RowKind.CODE) {
                for (int c = 0; c < columnCount; c++) {
                    long[] cell = table1.segmentIds(r, c);
                    System.arraycopy(cell, 0, all, n, cell.length);
                    n += cell.length;
                }
            }
        }
        Arrays.sort(all, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || all[i] != all[distinct - 1]) {
                all[distinct++] = all[i];
            }
        }
        ids = distinct == all.length ? all : Arrays.copyOf(all, distinct);
        columns = new int[distinct];
        // In row, then column order, so a passage counted in two cells keeps the later one, as a map filled in that
        // order would (a passage lands in one column of Table 1; its code's parent codes repeat that column).
        for (int r = 0; r < rows; r++) {
            if (table1.rows().get(r).kind() == Matrix.RowKind.CODE) {
                for (int c = 0; c < columnCount; c++) {
                    for (long id : table1.segmentIds(r, c)) {
                        columns[Arrays.binarySearch(ids, id)] = c;
                    }
                }
            }
        }
    }

    /**
     * The column Table 1 counted the passage in (in a code row), -1 for a passage not counted: one search per exported
     * row, where asking whether it was counted and then its column searched twice.
     */
    int columnOf(long passageId) {
        int at = Arrays.binarySearch(ids, passageId);
        return at < 0 ? -1 : columns[at];
    }

    /** The label of scenario column {@code column}, null for "No scenario". */
    String label(int column) {
        Matrix.Column c = table1.columns().get(column);
        return c.id() == null ? null : c.label();
    }
}
