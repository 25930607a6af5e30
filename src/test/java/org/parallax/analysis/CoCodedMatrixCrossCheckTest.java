package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parallax.model.Code;
import org.parallax.model.Matrix;
import org.parallax.model.Segment;

/**
 * A code × co-coded code matrix, where one passage may land in several columns, equals a plain count passage by
 * passage: each cell's passages, characters and documents, each row's passages counted once however many columns
 * they land in, each column's, and the total, over 40,000 passages in 3,000 documents by two coders. Only one coder's
 * passages are co-coded: another coder's passage over the same words is a second reading of them, not a second code
 * of this reading (as the Codes tab's co-occurrence counts).
 */
class CoCodedMatrixCrossCheckTest {

    @Test
    void coCodedMatrixEqualsAPlainCount() {
        var project = SyntheticTable1Project.synthetic(40_000, 3_000, 12, 3, 23, 2);
        List<Code> codes = project.codebook().codes();
        List<Long> rowCodes = codes.stream().filter(c -> !c.isScenarioCode()).map(Code::id).toList();
        List<Long> columnCodes = List.of(codes.get(0).id(), codes.get(1).id(), codes.get(5).id(), codes.get(8).id());
        Matrix matrix = CodingMatrix.compute(project.codebook(), List.of(), null, project.segments(),
                new MatrixSpec(MatrixSpec.Rows.codes(rowCodes), MatrixSpec.Columns.codes(columnCodes), null));

        Count expected = new Count(rowCodes.size(), columnCodes.size());
        Map<Long, List<Segment>> byDocument = new HashMap<>();
        project.segments().forEach(s -> byDocument.computeIfAbsent(s.documentId(), d -> new ArrayList<>()).add(s));
        for (Segment s : project.segments()) {
            int row = rowCodes.indexOf(s.codeId());
            if (row < 0) {
                continue;
            }
            Set<Integer> columns = new HashSet<>();
            for (Segment other : byDocument.get(s.documentId())) {
                int column = columnCodes.indexOf(other.codeId());
                if (column >= 0 && other.id() != s.id() && other.coderId() == s.coderId() && other.start() < s.end()
                        && other.end() > s.start()) {
                    columns.add(column);
                }
            }
            expected.add(s, row, columns);
        }

        expected.assertMatches(matrix);
    }

    /** Passages, characters and documents of every tally, counted one passage at a time. */
    private static final class Count {
        private final int columnCount;
        private final int[] passages;
        private final long[] characters;
        private final List<Set<Long>> documents = new ArrayList<>();
        private final int rows;

        Count(int rows, int columns) {
            this.rows = rows;
            this.columnCount = columns;
            // Cells, then rows, then columns, then the total.
            int tallies = rows * columns + rows + columns + 1;
            passages = new int[tallies];
            characters = new long[tallies];
            for (int i = 0; i < tallies; i++) {
                documents.add(new HashSet<>());
            }
        }

        void add(Segment s, int row, Set<Integer> columns) {
            if (columns.isEmpty()) {
                return;
            }
            for (int column : columns) {
                count(row * columnCount + column, s);
                count(rows * columnCount + rows + column, s);
            }
            count(rows * columnCount + row, s);
            count(passages.length - 1, s);
        }

        private void count(int tally, Segment s) {
            passages[tally]++;
            characters[tally] += s.end() - s.start();
            documents.get(tally).add(s.documentId());
        }

        void assertMatches(Matrix matrix) {
            int cells = rows * columnCount;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columnCount; c++) {
                    int cell = r * columnCount + c;
                    assertThat(matrix.cell(r, c)).as("cell %d, %d", r, c).isEqualTo(tally(cell));
                    assertThat(matrix.characters(r, c)).as("cell %d, %d", r, c).isEqualTo(characters[cell]);
                    assertThat(matrix.segmentIds(r, c)).hasSize(passages[cell]);
                }
                assertThat(matrix.rowTotal(r)).as("row %d", r).isEqualTo(tally(cells + r));
                assertThat(matrix.rowCharacters(r)).as("row %d", r).isEqualTo(characters[cells + r]);
            }
            for (int c = 0; c < columnCount; c++) {
                assertThat(matrix.columnTotal(c)).as("column %d", c).isEqualTo(tally(cells + rows + c));
                assertThat(matrix.columnCharacters(c)).as("column %d", c).isEqualTo(characters[cells + rows + c]);
            }
            assertThat(matrix.total()).isEqualTo(tally(passages.length - 1));
            assertThat(matrix.totalCharacters()).isEqualTo(characters[passages.length - 1]);
            assertThat(matrix.rowTotal(0).segments()).as("some passages land in several columns")
                    .isLessThan(IntStream.range(0, columnCount).map(c -> passages[c]).sum());
        }

        private Matrix.Tally tally(int tally) {
            return passages[tally] == 0 ? Matrix.Tally.ZERO : new Matrix.Tally(passages[tally], documents.get(tally).size());
        }
    }
}
