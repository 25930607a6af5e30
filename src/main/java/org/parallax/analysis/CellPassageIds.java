package org.parallax.analysis;

import org.parallax.model.Matrix;

/**
 * The ids of each cell's passages, made on the first request from the placements a {@link CodingMatrixBuilder}
 * wrote down: Table 1 is computed on every refresh, and filling every cell's array (a frame row repeats its codes'
 * ids) was a sixth of a Table 1 over 2,000,000 passages while its ids are read only when a number is clicked
 * through, exported or checked for source balance (docs/performance.md, "Issue 18, session 16"). Until then it
 * holds each placement's cell and passage id, about the memory the arrays took; afterwards only the arrays.
 */
final class CellPassageIds implements Matrix.CellIds {
    private final int[] parents;
    private final int columnCount;
    private final int placed;
    /** Cell and passage id of each placement. */
    private int[] cells;
    private long[] placedIds;
    private int[] cellSegments;
    private long[][] ids;

    CellPassageIds(int[] cells, long[] placedIds, int placed, int[] parents, int columnCount, int[] cellSegments) {
        this.cells = cells;
        this.placedIds = placedIds;
        this.placed = placed;
        this.parents = parents;
        this.columnCount = columnCount;
        this.cellSegments = cellSegments;
    }

    @Override
    public synchronized long[] of(int cell) {
        if (ids == null) {
            ids = fill();
            cells = null;
            placedIds = null;
            cellSegments = null;
        }
        return ids[cell];
    }

    /** Every cell's ids in the order its passages were placed: by document, as the builder met them. */
    private long[][] fill() {
        long[][] filled = new long[cellSegments.length][];
        for (int cell = 0; cell < cellSegments.length; cell++) {
            filled[cell] = new long[cellSegments[cell]];
        }
        int[] next = new int[cellSegments.length];
        for (int i = 0; i < placed; i++) {
            long id = placedIds[i];
            int column = cells[i] % columnCount;
            for (int row = cells[i] / columnCount; row >= 0; row = parents[row]) {
                int cell = row * columnCount + column;
                filled[cell][next[cell]++] = id;
            }
        }
        return filled;
    }
}
