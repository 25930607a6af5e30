package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.Frame;
import org.parallax.model.Matrix;
import org.parallax.model.Scenario;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/**
 * Table 1 and a co-coded matrix equal a plain count passage by passage whatever order the passages come in: as the
 * project's cache reads them (by document, then start), that order with passages coded since appended, or shuffled.
 * Small documents and short passages make ties of starts and overlaps common.
 */
class MatrixInAnyPassageOrderTest {
    private static final List<Scenario> SCENARIOS = List.of(new Scenario(100, "S1", "", 0),
            new Scenario(101, "S2", "", 1), new Scenario(102, "S3", "", 2));
    private static final Codebook CODEBOOK = new Codebook(
            List.of(new Frame(1, "Realism", "", "#000000", 0), new Frame(2, "Constructivism", "", "#000000", 1)),
            SCENARIOS,
            List.of(code(10, null, 100L), code(11, null, 101L), code(12, null, 102L), code(20, 1L, null),
                    code(21, 1L, null), code(22, 2L, null), code(23, 2L, null), code(30, null, null)),
            Map.of());
    /** Listed documents 1 to 4, every other one with a scenario attribute; 5 and 6 are met only in passages. */
    private static final List<Document> DOCUMENTS = List.of(document(1, "S2"), document(2, null),
            document(3, "S3"), document(4, null));

    @Property(tries = 300)
    void table1EqualsAPlainCountInAnyOrder(@ForAll long seed, @ForAll @IntRange(max = 120) int count,
                                           @ForAll @IntRange(max = 2) int order) {
        List<Segment> passages = arranged(passages(seed, count), order, seed);
        Matrix matrix = CodingMatrix.compute(CODEBOOK, DOCUMENTS, Map.of(), SegmentColumns.of(passages),
                MatrixSpec.table1());

        PlainCount expected = new PlainCount(matrix);
        for (Segment s : passages) {
            if (rowOf(matrix, s.codeId()) >= 0) {
                expected.add(s, rowOf(matrix, s.codeId()), Set.of(bestScenarioColumn(s, passages, matrix)));
            }
        }
        expected.assertMatches(matrix);
    }

    @Property(tries = 300)
    void coCodedMatrixEqualsAPlainCountInAnyOrder(@ForAll long seed, @ForAll @IntRange(max = 120) int count,
                                                  @ForAll @IntRange(max = 2) int order) {
        List<Segment> passages = arranged(passages(seed, count), order, seed);
        List<Long> rowCodes = List.of(20L, 21L, 22L, 10L);
        List<Long> columnCodes = List.of(10L, 11L, 21L, 23L);
        Matrix matrix = CodingMatrix.compute(CODEBOOK, DOCUMENTS, null, SegmentColumns.of(passages),
                new MatrixSpec(MatrixSpec.Rows.codes(rowCodes), MatrixSpec.Columns.codes(columnCodes), null));

        PlainCount expected = new PlainCount(matrix);
        for (Segment s : passages) {
            Set<Integer> columns = new TreeSet<>();
            for (Segment other : passages) {
                if (other.documentId() == s.documentId() && other.id() != s.id() && columnCodes.contains(other.codeId())
                        && other.start() < s.end() && other.end() > s.start()) {
                    columns.add(columnCodes.indexOf(other.codeId()));
                }
            }
            if (rowCodes.contains(s.codeId()) && !columns.isEmpty()) {
                expected.add(s, rowCodes.indexOf(s.codeId()), columns);
            }
        }
        expected.assertMatches(matrix);
    }

    /** Passages over six documents of 80 characters, 1 to 16 characters long, ids rising. */
    private static List<Segment> passages(long seed, int count) {
        Random random = new Random(seed);
        List<Long> codes = CODEBOOK.codes().stream().map(Code::id).toList();
        List<Segment> passages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = random.nextInt(64);
            passages.add(new Segment(i + 1, 1 + random.nextInt(6), start, start + 1 + random.nextInt(16),
                    codes.get(random.nextInt(codes.size())), 1, null, Instant.EPOCH));
        }
        return passages;
    }

    /** 0: as the cache reads them; 1: that order for the first two thirds, the rest appended as coded; 2: shuffled. */
    private static List<Segment> arranged(List<Segment> passages, int order, long seed) {
        Comparator<Segment> asRead = Comparator.comparingLong(Segment::documentId).thenComparingInt(Segment::start)
                .thenComparingLong(Segment::id);
        List<Segment> arranged = new ArrayList<>(passages);
        if (order == 0) {
            arranged.sort(asRead);
        } else if (order == 1) {
            arranged.subList(0, arranged.size() * 2 / 3).sort(asRead);
        } else {
            Collections.shuffle(arranged, new Random(seed));
        }
        return arranged;
    }

    /** The scenario column {@code s} overlaps most (ties to the first), else its document's, else "No scenario". */
    private static int bestScenarioColumn(Segment s, List<Segment> passages, Matrix matrix) {
        int best = -1;
        int bestOverlap = 0;
        for (Segment span : passages) {
            Long scenario = CODEBOOK.codesById().get(span.codeId()).scenarioId();
            int overlap = Math.min(s.end(), span.end()) - Math.max(s.start(), span.start());
            if (scenario != null && span.documentId() == s.documentId() && overlap > 0) {
                int column = columnOf(matrix, scenario);
                if (overlap > bestOverlap || overlap == bestOverlap && column < best) {
                    best = column;
                    bestOverlap = overlap;
                }
            }
        }
        if (best >= 0) {
            return best;
        }
        String attribute = DOCUMENTS.stream().filter(d -> d.id() == s.documentId()).map(d -> d.meta().scenario())
                .filter(a -> a != null).findFirst().orElse(null);
        return attribute == null ? matrix.columns().size() - 1
                : columnOf(matrix, SCENARIOS.stream().filter(x -> x.name().equals(attribute)).findFirst().get().id());
    }

    private static int columnOf(Matrix matrix, long scenario) {
        for (int c = 0; c < matrix.columns().size(); c++) {
            if (Long.valueOf(scenario).equals(matrix.columns().get(c).id())) {
                return c;
            }
        }
        throw new AssertionError("no column for scenario " + scenario);
    }

    private static int rowOf(Matrix matrix, long code) {
        for (int r = 0; r < matrix.rows().size(); r++) {
            if (matrix.rows().get(r).kind() == Matrix.RowKind.CODE && matrix.rows().get(r).id() == code) {
                return r;
            }
        }
        return -1;
    }

    /** Passages, characters, documents and ids of every cell, row, column and the total, one passage at a time. */
    private static final class PlainCount {
        private final List<Matrix.Row> rows;
        private final int columns;
        private final Map<String, Integer> passages = new HashMap<>();
        private final Map<String, Long> characters = new HashMap<>();
        private final Map<String, Set<Long>> documents = new HashMap<>();
        private final Map<String, Set<Long>> ids = new HashMap<>();

        PlainCount(Matrix matrix) {
            rows = matrix.rows();
            columns = matrix.columns().size();
        }

        /** Counts {@code s} in its code's {@code row} and the rows above it, in each of {@code columnsOfPassage}. */
        void add(Segment s, int row, Set<Integer> columnsOfPassage) {
            for (int r = row; r >= 0; r = rows.get(r).parent()) {
                for (int c : columnsOfPassage) {
                    count("cell " + r + "," + c, s);
                }
                count("row " + r, s);
            }
            for (int c : columnsOfPassage) {
                count("column " + c, s);
            }
            count("total", s);
        }

        private void count(String tally, Segment s) {
            passages.merge(tally, 1, Integer::sum);
            characters.merge(tally, (long) s.end() - s.start(), Long::sum);
            documents.computeIfAbsent(tally, k -> new HashSet<>()).add(s.documentId());
            ids.computeIfAbsent(tally, k -> new HashSet<>()).add(s.id());
        }

        void assertMatches(Matrix matrix) {
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns; c++) {
                    String cell = "cell " + r + "," + c;
                    assertThat(matrix.cell(r, c)).as(cell).isEqualTo(tally(cell));
                    assertThat(matrix.characters(r, c)).as(cell).isEqualTo(characters.getOrDefault(cell, 0L));
                    assertThat(Arrays.stream(matrix.segmentIds(r, c)).boxed().toList()).as(cell)
                            .hasSize(passages.getOrDefault(cell, 0))
                            .containsExactlyInAnyOrderElementsOf(ids.getOrDefault(cell, Set.of()));
                }
                assertThat(matrix.rowTotal(r)).as("row " + r).isEqualTo(tally("row " + r));
                assertThat(matrix.rowCharacters(r)).as("row " + r).isEqualTo(characters.getOrDefault("row " + r, 0L));
            }
            for (int c = 0; c < columns; c++) {
                assertThat(matrix.columnTotal(c)).as("column " + c).isEqualTo(tally("column " + c));
                assertThat(matrix.columnCharacters(c)).as("column " + c)
                        .isEqualTo(characters.getOrDefault("column " + c, 0L));
            }
            assertThat(matrix.total()).isEqualTo(tally("total"));
            assertThat(matrix.totalCharacters()).isEqualTo(characters.getOrDefault("total", 0L));
        }

        private Matrix.Tally tally(String tally) {
            int n = passages.getOrDefault(tally, 0);
            return n == 0 ? Matrix.Tally.ZERO : new Matrix.Tally(n, documents.get(tally).size());
        }
    }

    private static Code code(long id, Long frame, Long scenario) {
        return new Code(id, null, frame, scenario, "Code " + id, "#000000", "", 0, (int) id);
    }

    private static Document document(long id, String scenario) {
        return new Document(id, new DocumentMeta("d" + id, null, null, null, null, scenario, Map.of()), 0, "", "");
    }
}
