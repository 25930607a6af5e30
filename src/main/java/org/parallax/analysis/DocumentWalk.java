package org.parallax.analysis;

/**
 * Places one document's passages in a general matrix: gathers the spans that define its columns, then puts each
 * counted passage in its row and the column(s) it falls in, and ends the document in the builder. A method of its
 * own, called once per document, so the JIT compiles the walk fully within the first matrix or two; as the body of
 * one loop in {@link CodingMatrix#compute}, run once per matrix, it ran only partly compiled for the first dozen or so
 * matrices of a fresh process, twice the time of later ones (docs/performance.md, "Issue 18, session 19").
 */
final class DocumentWalk {
    private final FilteredSegments grouped;
    private final FilteredSegments.Admission admission;
    private final int[] rowOfCode;
    private final int[] columnOfCode;
    private final DocumentFacts facts;
    private final CodingMatrixBuilder builder;
    /** The spans of the document walked; null when the columns come from documents' properties. */
    private final ColumnSpans spans;
    /** Whether the columns are co-coded codes, where a passage lands in every column it overlaps. */
    private final boolean coCoded;
    private final int[] documentColumn;
    private final int columnCount;
    private final int[] hits;

    DocumentWalk(FilteredSegments grouped, FilteredSegments.Admission admission, int[] rowOfCode,
                 int[] columnOfCode, DocumentFacts facts, CodingMatrixBuilder builder, MatrixSpec.ColumnKind kind,
                 int[] documentColumn, int columnCount) {
        this.grouped = grouped;
        this.admission = admission;
        this.rowOfCode = rowOfCode;
        this.columnOfCode = columnOfCode;
        this.facts = facts;
        this.builder = builder;
        this.coCoded = kind == MatrixSpec.ColumnKind.CODES;
        this.spans = coCoded || kind == MatrixSpec.ColumnKind.SCENARIO ? new ColumnSpans(columnCount) : null;
        this.documentColumn = documentColumn;
        this.columnCount = columnCount;
        this.hits = new int[columnCount];
    }

    /** Walks document {@code di}'s passages; documents are walked in index order. */
    void document(int di) {
        int from = grouped.from(di);
        int to = grouped.to(di);
        if (spans != null) {
            gatherSpans(di, from, to);
        }
        for (int j = from; j < to; j++) {
            int row = rowOfCode[grouped.code(j)];
            if (row < 0 || !admission.admits(di, grouped.passage(j))) {
                continue;
            }
            int start = grouped.start(j);
            int end = grouped.end(j);
            if (coCoded) {
                int n = spans.overlapping(start, end, grouped.id(j), grouped.coder(j), hits);
                if (n > 0) {
                    builder.passage(row, end - start);
                }
                for (int h = 0; h < n; h++) {
                    builder.add(row, end - start, grouped.id(j), hits[h]);
                }
            } else {
                int column = spans == null ? ColumnSpans.NONE : spans.bestColumn(start, end, grouped.coder(j));
                builder.add(row, end - start, grouped.id(j), column == ColumnSpans.NONE ? documentColumn[di] : column);
            }
        }
        builder.endDocument();
    }

    private void gatherSpans(int di, int from, int to) {
        spans.clear();
        for (int j = from; j < to; j++) {
            int column = columnOfCode[grouped.code(j)];
            if (column >= 0 && admission.admits(di, grouped.passage(j))) {
                spans.add(grouped.start(j), grouped.end(j), column, grouped.id(j), grouped.coder(j));
            }
        }
        spans.seal();
        facts.spansMet(di, spans, columnCount);
    }
}
