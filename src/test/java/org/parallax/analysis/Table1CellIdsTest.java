package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parallax.model.Code;
import org.parallax.model.Matrix;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/**
 * Table 1 makes a cell's passage ids only when they are first asked for (a click-through, an export). At 200,000
 * passages over 400 documents, every cell's ids, frame rows included, and every count of documents, row, column and
 * in all, equal a plain count passage by passage; several threads asking at once get the same ids; and the matrix
 * does not keep the passages it was computed from (a project's cache) to make them.
 */
class Table1CellIdsTest {
    private static final int PASSAGES = 200_000;
    private static final int DOCUMENTS = 400;

    @Test
    void idsMadeOnRequestListEveryPassageOfTheCellAsAPlainCountDoes() throws Exception {
        var project = SyntheticTable1Project.synthetic(PASSAGES, DOCUMENTS, 16, 4, 7);
        Matrix matrix = Table1Fixture.table1(project.codebook(), project.segments(), project.documentScenarios());
        Expected expected = Expected.count(project, matrix);

        List<long[][]> seen = idsAskedFromThreads(matrix, 4);

        for (long[][] ids : seen) {
            assertThat(ids).as("every thread sees the same ids").isDeepEqualTo(seen.get(0));
        }
        expected.assertMatches(matrix, seen.get(0));
    }

    @Test
    void matrixDoesNotKeepThePassagesItCounted() {
        var project = SyntheticTable1Project.synthetic(20_000, 50, 12, 3, 11);
        // As the project's passage cache holds them: columns, which a matrix reads without copying.
        List<Segment> passages = SegmentColumns.of(project.segments());
        WeakReference<List<Segment>> counted = new WeakReference<>(passages);
        Matrix matrix = Table1Fixture.table1(project.codebook(), passages, project.documentScenarios());
        Expected expected = Expected.count(project, matrix);
        passages = null;

        assertThat(collected(counted)).as("the passages are collectable while the matrix is held").isTrue();
        expected.assertMatches(matrix, allIds(matrix));
    }

    private static List<long[][]> idsAskedFromThreads(Matrix matrix, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<long[][]>> asks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                asks.add(() -> allIds(matrix));
            }
            List<long[][]> out = new ArrayList<>();
            for (Future<long[][]> answer : pool.invokeAll(asks)) {
                out.add(answer.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static long[][] allIds(Matrix matrix) {
        int columns = matrix.columns().size();
        long[][] ids = new long[matrix.rows().size() * columns][];
        for (int r = 0; r < matrix.rows().size(); r++) {
            for (int c = 0; c < columns; c++) {
                ids[r * columns + c] = matrix.segmentIds(r, c);
            }
        }
        return ids;
    }

    private static boolean collected(WeakReference<?> reference) {
        for (int i = 0; i < 20 && reference.get() != null; i++) {
            System.gc();
        }
        return reference.get() == null;
    }

    /**
     * Counted passage by passage: its code row and frame row; its column (the scenario it overlaps most, or its
     * document's).
     */
    private record Expected(Map<Integer, Set<Long>> ids, Map<Integer, Set<Long>> documents,
                            Map<Integer, Set<Long>> rowDocuments, Map<Integer, Set<Long>> columnDocuments,
                            Set<Long> allDocuments, int counted, Characters characters) {

        /** Passages and characters of rows and columns, characters of cells and in all. */
        private record Characters(Map<Integer, Long> cells, Map<Integer, Integer> rowPassages, Map<Integer, Long> rows,
                                  Map<Integer, Integer> columnPassages, Map<Integer, Long> columns, long[] total) {
            void add(int cell, int row, int length) {
                cells.merge(cell, (long) length, Long::sum);
                rowPassages.merge(row, 1, Integer::sum);
                rows.merge(row, (long) length, Long::sum);
            }

            void addToColumn(int column, int length) {
                columnPassages.merge(column, 1, Integer::sum);
                columns.merge(column, (long) length, Long::sum);
                total[0] += length;
            }
        }

        static Expected count(SyntheticTable1Project.Project project, Matrix matrix) {
            Map<Long, Code> codes = project.codebook().codesById();
            List<Matrix.Column> columns = matrix.columns();
            Map<Long, List<Segment>> spansOfDocument = new TreeMap<>();
            for (Segment s : project.segments()) {
                if (codes.get(s.codeId()).isScenarioCode()) {
                    spansOfDocument.computeIfAbsent(s.documentId(), d -> new ArrayList<>()).add(s);
                }
            }
            Map<Integer, Set<Long>> ids = new HashMap<>();
            Map<Integer, Set<Long>> documents = new HashMap<>();
            Map<Integer, Set<Long>> rowDocuments = new HashMap<>();
            Map<Integer, Set<Long>> columnDocuments = new HashMap<>();
            Set<Long> allDocuments = new LinkedHashSet<>();
            Characters characters = new Characters(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                    new HashMap<>(), new long[1]);
            int counted = 0;
            for (Segment s : project.segments()) {
                Code code = codes.get(s.codeId());
                if (code.isScenarioCode()) {
                    continue;
                }
                int column = columnOf(s, spansOfDocument.getOrDefault(s.documentId(), List.of()), codes, columns,
                        project.documentScenarios());
                for (int row = rowOf(matrix, code); row >= 0; row = matrix.rows().get(row).parent()) {
                    int cell = row * columns.size() + column;
                    ids.computeIfAbsent(cell, k -> new LinkedHashSet<>()).add(s.id());
                    documents.computeIfAbsent(cell, k -> new LinkedHashSet<>()).add(s.documentId());
                    rowDocuments.computeIfAbsent(row, k -> new LinkedHashSet<>()).add(s.documentId());
                    characters.add(cell, row, s.end() - s.start());
                }
                characters.addToColumn(column, s.end() - s.start());
                columnDocuments.computeIfAbsent(column, k -> new LinkedHashSet<>()).add(s.documentId());
                allDocuments.add(s.documentId());
                counted++;
            }
            return new Expected(ids, documents, rowDocuments, columnDocuments, allDocuments, counted, characters);
        }

        void assertMatches(Matrix matrix, long[][] ids) {
            int columns = matrix.columns().size();
            int nonEmpty = 0;
            for (int r = 0; r < matrix.rows().size(); r++) {
                for (int c = 0; c < columns; c++) {
                    int cell = r * columns + c;
                    String where = matrix.rows().get(r).label() + " × " + matrix.columns().get(c).label();
                    assertThat(Arrays.stream(ids[cell]).boxed().toList()).as(where)
                            .containsExactlyInAnyOrderElementsOf(this.ids.getOrDefault(cell, Set.of()));
                    assertThat(matrix.cell(r, c).segments()).as(where).isEqualTo(ids[cell].length);
                    assertThat(matrix.cell(r, c).documents()).as(where)
                            .isEqualTo(documents.getOrDefault(cell, Set.of()).size());
                    assertThat(matrix.characters(r, c)).as(where).isEqualTo(characters.cells().getOrDefault(cell, 0L));
                    nonEmpty += ids[cell].length > 0 ? 1 : 0;
                }
                String row = matrix.rows().get(r).label();
                assertThat(matrix.rowTotal(r)).as(row).isEqualTo(tally(characters.rowPassages().getOrDefault(r, 0),
                        rowDocuments.getOrDefault(r, Set.of()).size()));
                assertThat(matrix.rowCharacters(r)).as(row).isEqualTo(characters.rows().getOrDefault(r, 0L));
            }
            for (int c = 0; c < columns; c++) {
                String column = matrix.columns().get(c).label();
                assertThat(matrix.columnTotal(c)).as(column).isEqualTo(tally(
                        characters.columnPassages().getOrDefault(c, 0),
                        columnDocuments.getOrDefault(c, Set.of()).size()));
                assertThat(matrix.columnCharacters(c)).as(column).isEqualTo(characters.columns().getOrDefault(c, 0L));
            }
            assertThat(matrix.total()).isEqualTo(new Matrix.Tally(counted, allDocuments.size()));
            assertThat(matrix.totalCharacters()).isEqualTo(characters.total()[0]);
            assertThat(nonEmpty).as("cells with passages, frame rows included").isGreaterThan(40);
        }

        private static Matrix.Tally tally(int passages, int documents) {
            return passages == 0 ? Matrix.Tally.ZERO : new Matrix.Tally(passages, documents);
        }

        private static int rowOf(Matrix matrix, Code code) {
            for (int r = 0; r < matrix.rows().size(); r++) {
                Matrix.Row row = matrix.rows().get(r);
                if (row.kind() == Matrix.RowKind.CODE && row.id() == code.id()) {
                    return r;
                }
            }
            throw new AssertionError("no row for " + code.name());
        }

        private static int columnOf(Segment segment, List<Segment> spans, Map<Long, Code> codes,
                                    List<Matrix.Column> columns, Map<Long, Long> documentScenarios) {
            int best = -1;
            int bestOverlap = 0;
            for (Segment span : spans) {
                int overlap = Math.min(segment.end(), span.end()) - Math.max(segment.start(), span.start());
                int column = columnIndex(columns, codes.get(span.codeId()).scenarioId());
                if (overlap > bestOverlap || overlap > 0 && overlap == bestOverlap && column < best) {
                    best = column;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                return best;
            }
            Long scenario = documentScenarios.get(segment.documentId());
            return scenario == null ? columns.size() - 1 : columnIndex(columns, scenario);
        }

        private static int columnIndex(List<Matrix.Column> columns, Long scenarioId) {
            for (int i = 0; i < columns.size(); i++) {
                if (scenarioId.equals(columns.get(i).id())) {
                    return i;
                }
            }
            throw new AssertionError("no column for scenario " + scenarioId);
        }
    }
}
