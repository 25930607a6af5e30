package org.parallax.model;

import java.util.List;

/**
 * A tally table of coded segments: rows (frames, codes, ...) by columns (scenarios, actors, years, ...),
 * each cell giving its segment count, distinct document count and the ids of its segments.
 * Row and column totals count each segment once, however many rows or columns it is counted in.
 */
public final class Matrix {

    /** What a row stands for; a group row (FRAME) aggregates the rows that name it as parent. */
    public enum RowKind { FRAME, CODE }

    /**
     * A row header: {@code id} is the frame or code id, {@code parent} the index of the group row
     * this row is counted into (or -1), {@code depth} the indentation level for display.
     */
    public record Row(RowKind kind, long id, String label, int parent, int depth) {
    }

    /** A column header; {@code id} is null for a catch-all column such as "No scenario". */
    public record Column(Long id, String label) {
    }

    /** A count of segments and of the distinct documents they come from. */
    public record Tally(int segments, int documents) {
        public static final Tally ZERO = new Tally(0, 0);
    }

    /**
     * The ids of each cell's segments by cell index (row-major). A source may make them on the first request:
     * a matrix is computed on every refresh, its ids read only when a number is clicked through or exported. The
     * arrays given out are the source's own, never changed afterwards; callers may be on any thread.
     */
    public interface CellIds {
        long[] of(int cell);
    }

    private final List<Row> rows;
    private final List<Column> columns;
    private final Tally[] cells;
    private final CellIds segmentIds;
    private final Tally[] rowTotals;
    private final Tally[] columnTotals;
    private final Tally total;
    private final Extent extent;

    /**
     * Sizes a general matrix also knows: coded characters (sum of passage lengths in UTF-16 units,
     * overlaps counted per passage) per cell, row, column and in all, and the words of each column's
     * documents and of all documents, for rates per 10,000 words. Arrays are taken over, not copied.
     * {@code columnWords} is null when the words were not counted (a matrix asked for without them reads no
     * text); the word accessors then refuse rather than answer zero.
     */
    public record Extent(long[] cellCharacters, long[] rowCharacters, long[] columnCharacters,
                         long totalCharacters, long[] columnWords, long totalWords) {
    }

    /**
     * Cells and segment ids are in row-major order ({@code row * columns + column}); the arrays are
     * taken over, not copied, so a builder must not keep them.
     */
    public Matrix(List<Row> rows, List<Column> columns, Tally[] cells, long[][] segmentIds,
                  Tally[] rowTotals, Tally[] columnTotals, Tally total) {
        this(rows, columns, cells, segmentIds, rowTotals, columnTotals, total, null);
    }

    /** As the plain constructor, with the characters and words of {@code extent} (null if unknown). */
    public Matrix(List<Row> rows, List<Column> columns, Tally[] cells, long[][] segmentIds,
                  Tally[] rowTotals, Tally[] columnTotals, Tally total, Extent extent) {
        this(rows, columns, cells, given(segmentIds, cells.length), rowTotals, columnTotals, total, extent);
    }

    /** As the constructor with ids, the ids of the cells taken from {@code segmentIds} when asked for. */
    public Matrix(List<Row> rows, List<Column> columns, Tally[] cells, CellIds segmentIds,
                  Tally[] rowTotals, Tally[] columnTotals, Tally total, Extent extent) {
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        int size = this.rows.size() * this.columns.size();
        if (cells.length != size || segmentIds == null
                || rowTotals.length != this.rows.size() || columnTotals.length != this.columns.size()) {
            throw new IllegalArgumentException("Matrix arrays do not match " + this.rows.size()
                    + " rows by " + this.columns.size() + " columns");
        }
        this.cells = cells;
        this.segmentIds = segmentIds;
        this.rowTotals = rowTotals;
        this.columnTotals = columnTotals;
        this.total = total;
        if (extent != null && (extent.cellCharacters().length != size
                || extent.rowCharacters().length != this.rows.size()
                || extent.columnCharacters().length != this.columns.size()
                || (extent.columnWords() != null && extent.columnWords().length != this.columns.size()))) {
            throw new IllegalArgumentException("Matrix extent does not match " + this.rows.size()
                    + " rows by " + this.columns.size() + " columns");
        }
        this.extent = extent;
    }

    /** Ids given as arrays, or null (refused by the constructor) when there is not one array per cell. */
    private static CellIds given(long[][] segmentIds, int cells) {
        return segmentIds.length != cells ? null : cell -> segmentIds[cell];
    }

    /** True if the matrix carries characters and words (general matrices do; the Table 1 fast path does not). */
    public boolean hasExtent() {
        return extent != null;
    }

    /** Coded characters of a cell. */
    public long characters(int row, int column) {
        return extent().cellCharacters()[index(row, column)];
    }

    public long rowCharacters(int row) {
        return extent().rowCharacters()[row];
    }

    public long columnCharacters(int column) {
        return extent().columnCharacters()[column];
    }

    public long totalCharacters() {
        return extent().totalCharacters();
    }

    /** Words in the documents that make up a column (see docs/analysis.md for each kind of column). */
    public long columnWords(int column) {
        return countedWords().columnWords()[column];
    }

    /** Words in all documents the matrix covers. */
    public long totalWords() {
        return countedWords().totalWords();
    }

    private Extent countedWords() {
        if (extent().columnWords() == null) {
            throw new IllegalStateException("This matrix was computed without word counts; compute it with them "
                    + "for rates per 10,000 words");
        }
        return extent;
    }

    private Extent extent() {
        if (extent == null) {
            throw new IllegalStateException("This matrix was computed without character and word counts; "
                    + "compute it as a general matrix (MatrixSpec) to get them");
        }
        return extent;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Column> columns() {
        return columns;
    }

    public Tally cell(int row, int column) {
        return cells[index(row, column)];
    }

    /** The ids of the cell's segments (a copy); analyses may group them, e.g. by document. */
    public long[] segmentIds(int row, int column) {
        return segmentIds.of(index(row, column)).clone();
    }

    public Tally rowTotal(int row) {
        return rowTotals[row];
    }

    public Tally columnTotal(int column) {
        return columnTotals[column];
    }

    /** All segments counted in the matrix and their distinct documents. */
    public Tally total() {
        return total;
    }

    /** The same counts with every row and column label passed through {@code label} (e.g. pseudonymised). */
    public Matrix relabelled(java.util.function.UnaryOperator<String> label) {
        return new Matrix(rows.stream().map(r -> new Row(r.kind(), r.id(), label.apply(r.label()), r.parent(),
                r.depth())).toList(), columns.stream().map(c -> new Column(c.id(), label.apply(c.label()))).toList(),
                cells, segmentIds, rowTotals, columnTotals, total, extent);
    }

    private int index(int row, int column) {
        if (row < 0 || row >= rows.size() || column < 0 || column >= columns.size()) {
            throw new IndexOutOfBoundsException("Cell (" + row + ", " + column + ") outside a matrix of "
                    + rows.size() + " rows by " + columns.size() + " columns");
        }
        return row * columns.size() + column;
    }
}
