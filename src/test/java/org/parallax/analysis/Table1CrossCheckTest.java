package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.model.Code;
import org.parallax.model.Matrix;
import org.parallax.model.Segment;

/**
 * Compares the indexed tally with a plain all-pairs count on a random project with many overlaps, coded by two coders:
 * a passage takes its scenario from its own coder's scenario passages (or its document's), never from another
 * coder's reading of the same words, so that Table 1 over every coder is the sum of each coder's Table 1.
 */
class Table1CrossCheckTest {

    @Test
    void matchesAnAllPairsCountOnARandomProject() {
        var project = SyntheticTable1Project.synthetic(6_000, 40, 12, 4, 99, 2);
        Matrix matrix = Table1Fixture.table1(project.codebook(), project.segments(), project.documentScenarios());

        Map<Long, Code> codes = project.codebook().codesById();
        List<Matrix.Column> columns = matrix.columns();
        Map<String, Set<Long>> expectedIds = new HashMap<>();
        Map<String, Set<Long>> expectedDocuments = new HashMap<>();
        for (Segment segment : project.segments()) {
            Code code = codes.get(segment.codeId());
            if (code.isScenarioCode()) {
                continue;
            }
            String key = code.id() + "@" + columnOf(segment, project, codes, columns);
            expectedIds.computeIfAbsent(key, k -> new HashSet<>()).add(segment.id());
            expectedDocuments.computeIfAbsent(key, k -> new HashSet<>()).add(segment.documentId());
        }

        int checkedCells = 0;
        for (int row = 0; row < matrix.rows().size(); row++) {
            Matrix.Row header = matrix.rows().get(row);
            if (header.kind() != Matrix.RowKind.CODE) {
                continue;
            }
            for (int column = 0; column < columns.size(); column++) {
                String key = header.id() + "@" + column;
                Set<Long> ids = expectedIds.getOrDefault(key, Set.of());
                assertThat(Arrays.stream(matrix.segmentIds(row, column)).boxed().toList()).as(key)
                        .containsExactlyInAnyOrderElementsOf(ids);
                assertThat(matrix.cell(row, column).documents()).as(key)
                        .isEqualTo(expectedDocuments.getOrDefault(key, Set.of()).size());
                checkedCells += ids.isEmpty() ? 0 : 1;
            }
        }
        assertThat(checkedCells).isGreaterThan(30);
    }

    @Test
    void everyCodersCellIsTheUnionOfEachCodersCell() {
        var project = SyntheticTable1Project.synthetic(6_000, 40, 12, 4, 99, 2);
        Matrix all = Table1Fixture.table1(project.codebook(), project.segments(), project.documentScenarios());
        List<Matrix> each = List.of(1L, 2L).stream().map(coder -> Table1Fixture.table1(project.codebook(),
                project.segments(), project.documentScenarios(),
                MatrixSpec.table1().withFilter(MatrixSpec.Filter.NONE.withCoders(Set.of(coder))))).toList();

        for (int row = 0; row < all.rows().size(); row++) {
            for (int column = 0; column < all.columns().size(); column++) {
                Set<Long> union = new HashSet<>();
                for (Matrix one : each) {
                    Arrays.stream(one.segmentIds(row, column)).forEach(union::add);
                }
                assertThat(Arrays.stream(all.segmentIds(row, column)).boxed().toList())
                        .as(all.rows().get(row).label() + " × " + all.columns().get(column).label())
                        .containsExactlyInAnyOrderElementsOf(union);
            }
        }
        assertThat(all.total().segments()).isEqualTo(each.get(0).total().segments() + each.get(1).total().segments());
    }

    private static int columnOf(Segment segment, SyntheticTable1Project.Project project, Map<Long, Code> codes,
                                List<Matrix.Column> columns) {
        int best = -1;
        int bestOverlap = 0;
        for (Segment other : project.segments()) {
            Code code = codes.get(other.codeId());
            if (other.documentId() != segment.documentId() || other.coderId() != segment.coderId()
                    || !code.isScenarioCode()) {
                continue;
            }
            int overlap = Math.min(segment.end(), other.end()) - Math.max(segment.start(), other.start());
            int column = columnIndex(columns, code.scenarioId());
            if (overlap > bestOverlap || overlap > 0 && overlap == bestOverlap && column < best) {
                best = column;
                bestOverlap = overlap;
            }
        }
        if (best >= 0) {
            return best;
        }
        Long documentScenario = project.documentScenarios().get(segment.documentId());
        return documentScenario == null ? columns.size() - 1 : columnIndex(columns, documentScenario);
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
