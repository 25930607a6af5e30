package org.parallax.analysis;

import java.util.Arrays;
import java.util.List;
import org.parallax.model.Matrix;

/**
 * Accumulates a general matrix: a passage lands in one row (and its group rows) and in one or more
 * columns (co-coded columns); totals count each passage once. Also sums characters, so every measure
 * of docs/analysis.md can be read from the result. Documents are dense indexes, met in order.
 *
 * <p>Passages are named by their place in {@link FilteredSegments}, whose arrays give their document, length and id,
 * so only each placement's cell is written down (and its passage where a passage may land in several columns):
 * staging a copy of every passage's facts took five arrays of 200,000 entries per Table 1, each large enough for the
 * G1 collector to allocate it outside the young generation, and the collector ran once a Table 1 or two
 * (docs/performance.md, "Issue 18, session 11").
 */
final class CodingMatrixBuilder {
    private final List<Matrix.Row> rows;
    private final List<Matrix.Column> columns;
    private final int[] parents;
    private final FilteredSegments passages;
    /** Cell of each placement. */
    private int[] cells;
    /** Passage of each placement, or null when placement i is passage i (one column per passage). */
    private int[] placedPassages;
    private int placed;
    private final int columnCount;
    private final TallyFold fold;

    /**
     * A builder for {@code passages}; {@code oneColumnEach} when every passage lands in exactly one column, in
     * passage order (then {@link #add} must be called once per passage, in order).
     */
    CodingMatrixBuilder(List<Matrix.Row> rows, List<Matrix.Column> columns, FilteredSegments passages,
                        boolean oneColumnEach) {
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.parents = this.rows.stream().mapToInt(Matrix.Row::parent).toArray();
        this.passages = passages;
        int count = passages.ids.length;
        cells = new int[count];
        placedPassages = oneColumnEach ? null : new int[Math.max(16, count)];
        columnCount = this.columns.size();
        fold = new TallyFold(parents, columnCount);
    }

    /**
     * Places passage {@code k} (its index in the filtered passages), in its row, in {@code column}. Passages come in
     * order, a passage's placements one after the other, and {@link #endDocument} after each document's.
     */
    void add(int k, int column) {
        int length = passages.ends[k] - passages.starts[k];
        if (placedPassages != null) {
            if (placed == cells.length || placed == placedPassages.length) {
                int capacity = Math.max(16, placed * 2);
                cells = Arrays.copyOf(cells, capacity);
                placedPassages = Arrays.copyOf(placedPassages, capacity);
            }
            if (placed == 0 || placedPassages[placed - 1] != k) {
                fold.passage(passages.rows[k], length);
            }
            placedPassages[placed] = k;
        }
        int cell = passages.rows[k] * columnCount + column;
        cells[placed++] = cell;
        fold.place(cell, length);
    }

    /** Ends a document: the tallies it touched count it once. */
    void endDocument() {
        fold.endDocument();
    }

    /** Builds the matrix; {@code columnWords} and {@code totalWords} are taken as given. */
    Matrix build(long[] columnWords, long totalWords) {
        TallyFold.Tallies cellTallies = fold.cells();
        TallyFold.Tallies rowTallies = fold.rows(placedPassages == null);
        TallyFold.Tallies columnTallies = fold.columns();
        TallyFold.Tallies total = fold.total(placedPassages == null);
        return new Matrix(rows, columns, cellTallies.tallies(),
                new CellPassageIds(cells, placedPassages, placed, passages.ids, parents, columnCount,
                        cellTallies.segments()),
                rowTallies.tallies(), columnTallies.tallies(), total.tallies()[0],
                new Matrix.Extent(cellTallies.characters(), rowTallies.characters(), columnTallies.characters(),
                        total.characters()[0], columnWords, totalWords));
    }

}
