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
        int[] firstOfDocument = passages.firstOfDocument;
        int columnCount = columns.size();
        int rowCount = rows.size();
        int cellCount = rowCount * columnCount;
        Counts cellCounts = new Counts(cellCount);
        Counts rowCounts = new Counts(rowCount);
        Counts columnCounts = new Counts(columnCount);
        Counts total = new Counts(1);
        // Passage numbers from 1, so 0 means "none yet".
        int[] rowLastPassage = new int[rowCount];
        int lastPassage = 0;
        int document = 0;
        for (int i = 0; i < placed; i++) {
            int k = passage(i);
            // Placements come in passage order, and passages in document order.
            while (firstOfDocument[document + 1] <= k) {
                document++;
            }
            // The passage's row is at hand, so its column is found without a division per passage.
            int codeRow = passages.rows[k];
            int column = cells[i] - codeRow * columnCount;
            int length = passages.ends[k] - passages.starts[k];
            int passage = k + 1;
            for (int row = codeRow; row >= 0; row = parents[row]) {
                cellCounts.add(row * columnCount + column, length, document);
                if (rowLastPassage[row] != passage) {
                    rowLastPassage[row] = passage;
                    rowCounts.add(row, length, document);
                }
            }
            columnCounts.add(column, length, document);
            if (lastPassage != passage) {
                lastPassage = passage;
                total.add(0, length, document);
            }
        }
        return new Matrix(rows, columns, cellCounts.tallies(),
                new CellPassageIds(cells, placedPassages, placed, passages.ids, parents, columnCount,
                        cellCounts.segments),
                rowCounts.tallies(), columnCounts.tallies(), total.tallies()[0],
                new Matrix.Extent(cellCounts.characters, rowCounts.characters, columnCounts.characters,
                        total.characters[0], columnWords, totalWords));
    }

    /**
     * Passages, characters and distinct documents of each of some tallies. Documents are met in order, so a tally's
     * distinct documents are counted by comparing with the last one it met: bit sets of every document per cell were
     * 150 KB for 10,000 documents, written at random for each passage (issue 18, session 16).
     */
    private static final class Counts {
        final int[] segments;
        final long[] characters;
        final int[] documents;
        /** Document index + 1 of the last passage counted, so 0 means "none yet". */
        final int[] lastDocument;

        Counts(int size) {
            segments = new int[size];
            characters = new long[size];
            documents = new int[size];
            lastDocument = new int[size];
        }

        void add(int tally, int length, int document) {
            segments[tally]++;
            characters[tally] += length;
            if (lastDocument[tally] != document + 1) {
                lastDocument[tally] = document + 1;
                documents[tally]++;
            }
        }

        Matrix.Tally[] tallies() {
            Matrix.Tally[] tallies = new Matrix.Tally[segments.length];
            for (int i = 0; i < tallies.length; i++) {
                tallies[i] = segments[i] == 0 ? Matrix.Tally.ZERO : new Matrix.Tally(segments[i], documents[i]);
            }
            return tallies;
        }
    }

    private int passage(int placement) {
        return placedPassages == null ? placement : placedPassages[placement];
    }
}
