package org.parallax.analysis;

import org.parallax.model.Matrix;

/**
 * Folds a matrix's placements, met document by document, into the passages, characters and distinct documents of
 * its cells, rows, columns and total. A placement is counted in its own cell only (its passage's own row); group
 * rows, rows, columns and the total are sums of those cells made once at the end, and distinct documents are counted
 * once per document from the own cells it touched. Adding every placement to each of its six tallies (the cell, its
 * frame's cell, both rows, the column, the total) was a third of a Table 1 over 2,000,000 passages
 * (docs/performance.md, "Issue 18, session 17: Table 1").
 */
final class TallyFold {
    /** Passages, characters and distinct documents of each of some tallies. */
    record Tallies(int[] segments, long[] characters, int[] documents) {
        Matrix.Tally[] tallies() {
            Matrix.Tally[] tallies = new Matrix.Tally[segments.length];
            for (int i = 0; i < tallies.length; i++) {
                tallies[i] = segments[i] == 0 ? Matrix.Tally.ZERO : new Matrix.Tally(segments[i], documents[i]);
            }
            return tallies;
        }
    }

    private final int[] parents;
    private final int columnCount;
    private final int[] ownSegments;
    private final long[] ownCharacters;
    /** Passages by own row, each once however many columns it lands in: only when a passage may land in several. */
    private final int[] rowPassages;
    private final long[] rowPassageCharacters;
    private int passages;
    private long passageCharacters;
    private final int[] cellDocuments;
    private final int[] rowDocuments;
    private final int[] columnDocuments;
    private int totalDocuments;
    /** Own cells touched in the current document, each once. */
    private final int[] touched;
    private int touchedCount;
    /** Stamps: the number of the document that last touched each own cell, cell, row and column. */
    private final int[] touchedIn;
    private final int[] cellCountedIn;
    private final int[] rowCountedIn;
    private final int[] columnCountedIn;
    /** The current document's number, from 1, so a stamp of 0 means "never". */
    private int document = 1;

    /** A fold for rows with {@code parents} (-1 for none) and {@code columnCount} columns. */
    TallyFold(int[] parents, int columnCount) {
        this.parents = parents;
        this.columnCount = columnCount;
        int rowCount = parents.length;
        int cellCount = rowCount * columnCount;
        ownSegments = new int[cellCount];
        ownCharacters = new long[cellCount];
        rowPassages = new int[rowCount];
        rowPassageCharacters = new long[rowCount];
        cellDocuments = new int[cellCount];
        rowDocuments = new int[rowCount];
        columnDocuments = new int[columnCount];
        touched = new int[cellCount];
        touchedIn = new int[cellCount];
        cellCountedIn = new int[cellCount];
        rowCountedIn = new int[rowCount];
        columnCountedIn = new int[columnCount];
    }

    /** Counts a placement of {@code length} characters in its own {@code cell}. */
    void place(int cell, int length) {
        ownSegments[cell]++;
        ownCharacters[cell] += length;
        if (touchedIn[cell] != document) {
            touchedIn[cell] = document;
            touched[touchedCount++] = cell;
        }
    }

    /** Counts a passage once in its own {@code row}, where a passage may be placed in several columns. */
    void passage(int row, int length) {
        rowPassages[row]++;
        rowPassageCharacters[row] += length;
        passages++;
        passageCharacters += length;
    }

    /** Ends the current document: each tally it touched counts it once. */
    void endDocument() {
        if (touchedCount == 0) {
            return;
        }
        totalDocuments++;
        for (int t = 0; t < touchedCount; t++) {
            int ownRow = touched[t] / columnCount;
            int column = touched[t] - ownRow * columnCount;
            if (columnCountedIn[column] != document) {
                columnCountedIn[column] = document;
                columnDocuments[column]++;
            }
            for (int row = ownRow; row >= 0; row = parents[row]) {
                int cell = row * columnCount + column;
                if (cellCountedIn[cell] != document) {
                    cellCountedIn[cell] = document;
                    cellDocuments[cell]++;
                }
                if (rowCountedIn[row] != document) {
                    rowCountedIn[row] = document;
                    rowDocuments[row]++;
                }
            }
        }
        touchedCount = 0;
        document++;
    }

    /** Each cell: its own placements and those of the rows below it. */
    Tallies cells() {
        int[] segments = new int[ownSegments.length];
        long[] characters = new long[ownSegments.length];
        for (int ownRow = 0; ownRow < parents.length; ownRow++) {
            for (int row = ownRow; row >= 0; row = parents[row]) {
                for (int column = 0; column < columnCount; column++) {
                    segments[row * columnCount + column] += ownSegments[ownRow * columnCount + column];
                    characters[row * columnCount + column] += ownCharacters[ownRow * columnCount + column];
                }
            }
        }
        return new Tallies(segments, characters, cellDocuments);
    }

    /** Each row: its passages and those of the rows below it; {@code oneColumnEach} when every passage has one cell. */
    Tallies rows(boolean oneColumnEach) {
        int[] segments = new int[parents.length];
        long[] characters = new long[parents.length];
        for (int ownRow = 0; ownRow < parents.length; ownRow++) {
            int rowSegments = oneColumnEach ? 0 : rowPassages[ownRow];
            long rowCharacters = oneColumnEach ? 0 : rowPassageCharacters[ownRow];
            for (int column = 0; oneColumnEach && column < columnCount; column++) {
                rowSegments += ownSegments[ownRow * columnCount + column];
                rowCharacters += ownCharacters[ownRow * columnCount + column];
            }
            for (int row = ownRow; row >= 0; row = parents[row]) {
                segments[row] += rowSegments;
                characters[row] += rowCharacters;
            }
        }
        return new Tallies(segments, characters, rowDocuments);
    }

    /** Each column: every placement in it. */
    Tallies columns() {
        int[] segments = new int[columnCount];
        long[] characters = new long[columnCount];
        for (int cell = 0; cell < ownSegments.length; cell++) {
            segments[cell % columnCount] += ownSegments[cell];
            characters[cell % columnCount] += ownCharacters[cell];
        }
        return new Tallies(segments, characters, columnDocuments);
    }

    /** All passages placed, each once; {@code oneColumnEach} when every passage has one cell. */
    Tallies total(boolean oneColumnEach) {
        int segments = passages;
        long characters = passageCharacters;
        if (oneColumnEach) {
            for (int cell = 0; cell < ownSegments.length; cell++) {
                segments += ownSegments[cell];
                characters += ownCharacters[cell];
            }
        }
        return new Tallies(new int[] {segments}, new long[] {characters}, new int[] {totalDocuments});
    }
}
