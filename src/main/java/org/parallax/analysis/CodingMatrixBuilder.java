package org.parallax.analysis;

import java.util.Arrays;
import java.util.List;
import org.parallax.model.Matrix;

/**
 * Accumulates a general matrix: a passage lands in one row (and its group rows) and in one or more
 * columns (co-coded columns); totals count each passage once. Also sums characters, so every measure
 * of docs/analysis.md can be read from the result. Documents are dense indexes, met in order.
 *
 * <p>Only each placement's cell and passage id are written down; staging a copy of every passage's facts took five
 * arrays of 200,000 entries per Table 1, each large enough for the G1 collector to allocate it outside the young
 * generation, and the collector ran once a Table 1 or two (docs/performance.md, "Issue 18, session 11").
 */
final class CodingMatrixBuilder {
    private final List<Matrix.Row> rows;
    private final List<Matrix.Column> columns;
    private final int[] parents;
    /** Cell and passage id of each placement. */
    private int[] cells;
    private long[] ids;
    private int placed;
    private final boolean oneColumnEach;
    private final int columnCount;
    private final TallyFold fold;

    /**
     * A builder for about {@code passages} passages; {@code oneColumnEach} when every passage lands in exactly one
     * column (else {@link #passage} comes before each passage's placements).
     */
    CodingMatrixBuilder(List<Matrix.Row> rows, List<Matrix.Column> columns, int passages, boolean oneColumnEach) {
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.parents = this.rows.stream().mapToInt(Matrix.Row::parent).toArray();
        this.oneColumnEach = oneColumnEach;
        int capacity = Math.max(16, passages);
        cells = new int[capacity];
        ids = new long[capacity];
        columnCount = this.columns.size();
        fold = new TallyFold(parents, columnCount);
    }

    /** Counts a passage of {@code row} once in its row, where a passage may be placed in several columns. */
    void passage(int row, int length) {
        fold.passage(row, length);
    }

    /**
     * Places passage {@code id} of {@code length} characters, in {@code row}, in {@code column}. Passages come by
     * document, a passage's placements one after the other, and {@link #endDocument} after each document's.
     */
    void add(int row, int length, long id, int column) {
        if (placed == cells.length) {
            cells = Arrays.copyOf(cells, placed * 2);
            ids = Arrays.copyOf(ids, placed * 2);
        }
        int cell = row * columnCount + column;
        cells[placed] = cell;
        ids[placed++] = id;
        fold.place(cell, length);
    }

    /** Ends a document: the tallies it touched count it once. */
    void endDocument() {
        fold.endDocument();
    }

    /** Builds the matrix; {@code columnWords} and {@code totalWords} are taken as given. */
    Matrix build(long[] columnWords, long totalWords) {
        TallyFold.Tallies cellTallies = fold.cells();
        TallyFold.Tallies rowTallies = fold.rows(oneColumnEach);
        TallyFold.Tallies columnTallies = fold.columns();
        TallyFold.Tallies total = fold.total(oneColumnEach);
        return new Matrix(rows, columns, cellTallies.tallies(),
                new CellPassageIds(cells, ids, placed, parents, columnCount, cellTallies.segments()),
                rowTallies.tallies(), columnTallies.tallies(), total.tallies()[0],
                new Matrix.Extent(cellTallies.characters(), rowTallies.characters(), columnTallies.characters(),
                        total.characters()[0], columnWords, totalWords));
    }

}
