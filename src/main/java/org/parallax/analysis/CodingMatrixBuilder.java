package org.parallax.analysis;

import java.util.Arrays;
import java.util.List;
import org.parallax.model.Matrix;

/**
 * Accumulates a general matrix: a passage lands in one row (and its group rows) and in one or more
 * columns (co-coded columns); totals count each passage once. Also sums characters, so every measure
 * of docs/analysis.md can be read from the result. Documents are dense indexes, distinct counts bit sets.
 */
final class CodingMatrixBuilder {
    private final List<Matrix.Row> rows;
    private final List<Matrix.Column> columns;
    private final int[] parents;
    private final int documentCount;
    private int[] stagedCells = new int[0];
    private int[] stagedDocuments = new int[0];
    private int[] stagedLengths = new int[0];
    private int[] stagedPassages = new int[0];
    private long[] stagedIds = new long[0];
    private int staged;
    private int passages;

    CodingMatrixBuilder(List<Matrix.Row> rows, List<Matrix.Column> columns, int documentCount, int expected) {
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.parents = this.rows.stream().mapToInt(Matrix.Row::parent).toArray();
        this.documentCount = documentCount;
        grow(Math.max(16, expected));
    }

    /** Starts a new passage; the following {@link #add} calls place it in its columns. */
    void nextPassage() {
        passages++;
    }

    void add(int row, int column, int document, long segmentId, int length) {
        if (staged == stagedIds.length) {
            grow(staged * 2);
        }
        stagedCells[staged] = row * columns.size() + column;
        stagedDocuments[staged] = document;
        stagedLengths[staged] = length;
        stagedPassages[staged] = passages;
        stagedIds[staged] = segmentId;
        staged++;
    }

    /** Builds the matrix; {@code columnWords} and {@code totalWords} are taken as given. */
    Matrix build(long[] columnWords, long totalWords) {
        int columnCount = columns.size();
        int rowCount = rows.size();
        int words = Math.max(1, (documentCount + 63) >>> 6);
        int cells = rowCount * columnCount;
        int[] cellSegments = new int[cells];
        long[] cellCharacters = new long[cells];
        long[] cellDocuments = new long[cells * words];
        int[] rowSegments = new int[rowCount];
        long[] rowCharacters = new long[rowCount];
        long[] rowDocuments = new long[rowCount * words];
        int[] rowLastPassage = new int[rowCount];
        int[] columnSegments = new int[columnCount];
        long[] columnCharacters = new long[columnCount];
        long[] columnDocuments = new long[columnCount * words];
        long[] allDocuments = new long[words];
        int totalSegments = 0;
        long totalCharacters = 0;
        int lastPassage = 0;
        for (int i = 0; i < staged; i++) {
            int word = stagedDocuments[i] >>> 6;
            long bit = 1L << stagedDocuments[i];
            int column = stagedCells[i] % columnCount;
            int length = stagedLengths[i];
            int passage = stagedPassages[i];
            for (int row = stagedCells[i] / columnCount; row >= 0; row = parents[row]) {
                int cell = row * columnCount + column;
                cellSegments[cell]++;
                cellCharacters[cell] += length;
                cellDocuments[cell * words + word] |= bit;
                if (rowLastPassage[row] != passage) {
                    rowLastPassage[row] = passage;
                    rowSegments[row]++;
                    rowCharacters[row] += length;
                    rowDocuments[row * words + word] |= bit;
                }
            }
            columnSegments[column]++;
            columnCharacters[column] += length;
            columnDocuments[column * words + word] |= bit;
            if (lastPassage != passage) {
                lastPassage = passage;
                totalSegments++;
                totalCharacters += length;
                allDocuments[word] |= bit;
            }
        }
        return new Matrix(rows, columns, tallies(cellSegments, cellDocuments, words), ids(cellSegments, columnCount),
                tallies(rowSegments, rowDocuments, words), tallies(columnSegments, columnDocuments, words),
                tally(totalSegments, allDocuments, 0, words),
                new Matrix.Extent(cellCharacters, rowCharacters, columnCharacters, totalCharacters,
                        columnWords, totalWords));
    }

    private long[][] ids(int[] cellSegments, int columnCount) {
        long[][] ids = new long[cellSegments.length][];
        for (int cell = 0; cell < cellSegments.length; cell++) {
            ids[cell] = new long[cellSegments[cell]];
        }
        int[] filled = new int[cellSegments.length];
        for (int i = 0; i < staged; i++) {
            int column = stagedCells[i] % columnCount;
            for (int row = stagedCells[i] / columnCount; row >= 0; row = parents[row]) {
                int cell = row * columnCount + column;
                ids[cell][filled[cell]++] = stagedIds[i];
            }
        }
        return ids;
    }

    private static Matrix.Tally[] tallies(int[] segments, long[] documents, int words) {
        Matrix.Tally[] tallies = new Matrix.Tally[segments.length];
        for (int i = 0; i < segments.length; i++) {
            tallies[i] = tally(segments[i], documents, i * words, words);
        }
        return tallies;
    }

    /** A tally: its passage count and the number of document bits set in its slice of {@code bits}. */
    private static Matrix.Tally tally(int segments, long[] bits, int from, int words) {
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
        stagedLengths = Arrays.copyOf(stagedLengths, capacity);
        stagedPassages = Arrays.copyOf(stagedPassages, capacity);
        stagedIds = Arrays.copyOf(stagedIds, capacity);
    }
}
