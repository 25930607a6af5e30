package org.parallax.analysis;

import java.util.Arrays;
import java.util.List;
import org.parallax.model.Matrix;

/**
 * Accumulates segments into a {@link Matrix}: each segment lands in one row and one column and is
 * also counted in the row's group rows. Segments are staged first so that id lists are allocated
 * once at their exact size; documents are dense indexes so distinct counts are bit sets.
 */
final class MatrixBuilder {
    private final List<Matrix.Row> rows;
    private final List<Matrix.Column> columns;
    private final int[] parents;
    private final int documentCount;
    private int[] stagedCells = new int[0];
    private int[] stagedDocuments = new int[0];
    private long[] stagedIds = new long[0];
    private int staged;

    /** {@code documentCount} bounds the document indexes passed to {@link #add}; {@code expected} sizes staging. */
    MatrixBuilder(List<Matrix.Row> rows, List<Matrix.Column> columns, int documentCount, int expected) {
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.parents = this.rows.stream().mapToInt(Matrix.Row::parent).toArray();
        this.documentCount = documentCount;
        grow(Math.max(16, expected));
    }

    /** Counts segment {@code segmentId} of document index {@code document} in a row, its group rows and a column. */
    void add(int row, int column, int document, long segmentId) {
        if (staged == stagedIds.length) {
            grow(staged * 2);
        }
        stagedCells[staged] = row * columns.size() + column;
        stagedDocuments[staged] = document;
        stagedIds[staged] = segmentId;
        staged++;
    }

    Matrix build() {
        int columnCount = columns.size();
        int words = Math.max(1, (documentCount + 63) >>> 6);
        int cells = rows.size() * columnCount;
        int[] cellSegments = new int[cells];
        long[] cellDocuments = new long[cells * words];
        int[] columnSegments = new int[columnCount];
        long[] columnDocuments = new long[columnCount * words];
        for (int i = 0; i < staged; i++) {
            int word = stagedDocuments[i] >>> 6;
            long bit = 1L << stagedDocuments[i];
            int column = stagedCells[i] % columnCount;
            for (int row = stagedCells[i] / columnCount; row >= 0; row = parents[row]) {
                int cell = row * columnCount + column;
                cellSegments[cell]++;
                cellDocuments[cell * words + word] |= bit;
            }
            columnSegments[column]++;
            columnDocuments[column * words + word] |= bit;
        }
        long[][] ids = new long[cells][];
        for (int cell = 0; cell < cells; cell++) {
            ids[cell] = new long[cellSegments[cell]];
        }
        int[] filled = new int[cells];
        for (int i = 0; i < staged; i++) {
            int column = stagedCells[i] % columnCount;
            for (int row = stagedCells[i] / columnCount; row >= 0; row = parents[row]) {
                int cell = row * columnCount + column;
                ids[cell][filled[cell]++] = stagedIds[i];
            }
        }
        return new Matrix(rows, columns, cellTallies(cellSegments, cellDocuments, words), ids,
                rowTotals(cellSegments, cellDocuments, words), columnTallies(columnSegments, columnDocuments, words),
                total(columnSegments, columnDocuments, words));
    }

    private Matrix.Tally[] cellTallies(int[] segments, long[] documents, int words) {
        Matrix.Tally[] tallies = new Matrix.Tally[segments.length];
        for (int cell = 0; cell < segments.length; cell++) {
            tallies[cell] = tally(segments[cell], documents, cell * words, words);
        }
        return tallies;
    }

    private Matrix.Tally[] rowTotals(int[] cellSegments, long[] cellDocuments, int words) {
        int columnCount = columns.size();
        Matrix.Tally[] totals = new Matrix.Tally[rows.size()];
        long[] union = new long[words];
        for (int row = 0; row < totals.length; row++) {
            Arrays.fill(union, 0);
            int segments = 0;
            for (int column = 0; column < columnCount; column++) {
                int cell = row * columnCount + column;
                segments += cellSegments[cell];
                orInto(union, cellDocuments, cell * words);
            }
            totals[row] = tally(segments, union, 0, words);
        }
        return totals;
    }

    private Matrix.Tally[] columnTallies(int[] segments, long[] documents, int words) {
        Matrix.Tally[] tallies = new Matrix.Tally[segments.length];
        for (int column = 0; column < segments.length; column++) {
            tallies[column] = tally(segments[column], documents, column * words, words);
        }
        return tallies;
    }

    private static Matrix.Tally total(int[] columnSegments, long[] columnDocuments, int words) {
        long[] union = new long[words];
        int segments = 0;
        for (int column = 0; column < columnSegments.length; column++) {
            segments += columnSegments[column];
            orInto(union, columnDocuments, column * words);
        }
        return tally(segments, union, 0, words);
    }

    private static void orInto(long[] union, long[] bits, int from) {
        for (int w = 0; w < union.length; w++) {
            union[w] |= bits[from + w];
        }
    }

    /** A cell's tally: its segment count and the number of document bits set in its slice of {@code bits}. */
    static Matrix.Tally tally(int segments, long[] bits, int from, int words) {
        if (segments == 0) {
            return Matrix.Tally.ZERO;
        }
        int documents = 0;
        for (int w = from; w < from + words; w++) {
            documents += Long.bitCount(bits[w]);
        }
        return new Matrix.Tally(segments, documents);
    }

    private void grow(int capacity) {
        stagedCells = Arrays.copyOf(stagedCells, capacity);
        stagedDocuments = Arrays.copyOf(stagedDocuments, capacity);
        stagedIds = Arrays.copyOf(stagedIds, capacity);
    }
}
