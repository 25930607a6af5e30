package org.parallax.analysis;

import java.util.Arrays;
import java.util.List;
import org.parallax.model.Matrix;

/**
 * Accumulates a general matrix: a passage lands in one row (and its group rows) and in one or more
 * columns (co-coded columns); totals count each passage once. Also sums characters, so every measure
 * of docs/analysis.md can be read from the result. Documents are dense indexes, distinct counts bit sets.
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
    }

    /** Places passage {@code k} (its index in the filtered passages), in its row, in {@code column}. */
    void add(int k, int column) {
        if (placedPassages != null) {
            if (placed == cells.length || placed == placedPassages.length) {
                int capacity = Math.max(16, placed * 2);
                cells = Arrays.copyOf(cells, capacity);
                placedPassages = Arrays.copyOf(placedPassages, capacity);
            }
            placedPassages[placed] = k;
        }
        cells[placed++] = passages.rows[k] * columns.size() + column;
    }

    /** Builds the matrix; {@code columnWords} and {@code totalWords} are taken as given. */
    Matrix build(long[] columnWords, long totalWords) {
        int documentCount = passages.documentCount();
        int[] firstOfDocument = passages.firstOfDocument;
        int columnCount = columns.size();
        int rowCount = rows.size();
        int words = Math.max(1, (documentCount + 63) >>> 6);
        int cellCount = rowCount * columnCount;
        int[] cellSegments = new int[cellCount];
        long[] cellCharacters = new long[cellCount];
        long[] cellDocuments = new long[cellCount * words];
        int[] rowSegments = new int[rowCount];
        long[] rowCharacters = new long[rowCount];
        long[] rowDocuments = new long[rowCount * words];
        // Passage numbers from 1, so 0 means "none yet".
        int[] rowLastPassage = new int[rowCount];
        int[] columnSegments = new int[columnCount];
        long[] columnCharacters = new long[columnCount];
        long[] columnDocuments = new long[columnCount * words];
        long[] allDocuments = new long[words];
        int totalSegments = 0;
        long totalCharacters = 0;
        int lastPassage = 0;
        int document = 0;
        for (int i = 0; i < placed; i++) {
            int k = passage(i);
            // Placements come in passage order, and passages in document order.
            while (firstOfDocument[document + 1] <= k) {
                document++;
            }
            int word = document >>> 6;
            long bit = 1L << document;
            int column = cells[i] % columnCount;
            int length = passages.ends[k] - passages.starts[k];
            int passage = k + 1;
            for (int row = cells[i] / columnCount; row >= 0; row = parents[row]) {
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

    private int passage(int placement) {
        return placedPassages == null ? placement : placedPassages[placement];
    }

    private long[][] ids(int[] cellSegments, int columnCount) {
        long[][] ids = new long[cellSegments.length][];
        for (int cell = 0; cell < cellSegments.length; cell++) {
            ids[cell] = new long[cellSegments[cell]];
        }
        int[] filled = new int[cellSegments.length];
        for (int i = 0; i < placed; i++) {
            long id = passages.ids[passage(i)];
            int column = cells[i] % columnCount;
            for (int row = cells[i] / columnCount; row >= 0; row = parents[row]) {
                int cell = row * columnCount + column;
                ids[cell][filled[cell]++] = id;
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
}
