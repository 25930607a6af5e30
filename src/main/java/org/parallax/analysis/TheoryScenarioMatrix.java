package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Matrix;
import org.parallax.model.Scenario;
import org.parallax.model.Segment;

/**
 * The live Table 1: indicator codes grouped by theory frame (rows) against scenarios (columns),
 * counting coded segments and their documents by the scenario each segment falls in.
 */
public final class TheoryScenarioMatrix {
    /** Label of the last column, for segments without any scenario. */
    public static final String NO_SCENARIO = "No scenario";

    private TheoryScenarioMatrix() {
    }

    /**
     * Tallies {@code segments}. A segment's scenario is that of the scenario-code segment of the same
     * document overlapping it most (ties to the earlier scenario), else its document's scenario from
     * {@code documentScenarios} (document id to scenario id), else "No scenario".
     */
    public static Matrix compute(Codebook codebook, Collection<Segment> segments, Map<Long, Long> documentScenarios) {
        Map<Long, Integer> scenarioColumns = new HashMap<>();
        List<Matrix.Column> columns = new ArrayList<>();
        for (Scenario scenario : codebook.scenarios()) {
            scenarioColumns.putIfAbsent(scenario.id(), columns.size());
            columns.add(new Matrix.Column(scenario.id(), scenario.name()));
        }
        int noScenario = columns.size();
        columns.add(new Matrix.Column(null, NO_SCENARIO));

        List<Code> codes = codebook.codes();
        LongIndex codeIndex = Indexes.codes(codes);
        int[] codeRow = new int[codes.size()];
        int[] codeColumn = new int[codes.size()];
        Arrays.fill(codeRow, -1);
        Arrays.fill(codeColumn, ScenarioSpans.NONE);
        for (Code code : codes) {
            int ci = codeIndex.indexOf(code.id());
            if (code.isScenarioCode()) {
                codeColumn[ci] = scenarioColumns.getOrDefault(code.scenarioId(), ScenarioSpans.NONE);
            }
        }
        List<Matrix.Row> rows = rows(codebook, codeIndex, codeRow);

        SegmentsByDocument grouped = new SegmentsByDocument(segments, codeIndex, codeRow, codeColumn);
        int documentCount = grouped.documents.size();
        int[] documentColumn = new int[documentCount];
        Arrays.fill(documentColumn, noScenario);
        documentScenarios.forEach((documentId, scenarioId) -> {
            int di = grouped.documents.indexOf(documentId);
            if (di >= 0 && scenarioId != null) {
                documentColumn[di] = scenarioColumns.getOrDefault(scenarioId, noScenario);
            }
        });

        MatrixBuilder builder = new MatrixBuilder(rows, columns, documentCount, grouped.size());
        for (int di = 0; di < documentCount; di++) {
            for (int k = grouped.firstOfDocument[di]; k < grouped.firstOfDocument[di + 1]; k++) {
                int column = grouped.spans.bestColumn(di, grouped.starts[k], grouped.ends[k]);
                builder.add(grouped.rows[k], column == ScenarioSpans.NONE ? documentColumn[di] : column, di,
                        grouped.ids[k]);
            }
        }
        return builder.build();
    }

    /** Frame rows, each followed by its indicator codes as a tree (sub-codes after their parent). */
    static List<Matrix.Row> rows(Codebook codebook, LongIndex codeIndex, int[] codeRow) {
        List<Matrix.Row> rows = new ArrayList<>();
        for (Frame frame : codebook.frames()) {
            int frameRow = rows.size();
            rows.add(new Matrix.Row(Matrix.RowKind.FRAME, frame.id(), frame.name(), -1, 0));
            List<Code> indicators = codebook.codesOf(frame).stream().filter(c -> !c.isScenarioCode()).toList();
            for (Code code : indicators) {
                if (code.parentId() == null || indicators.stream().noneMatch(c -> c.id() == code.parentId())) {
                    addTree(code, 1, indicators, frameRow, rows, codeIndex, codeRow);
                }
            }
        }
        return rows;
    }

    private static void addTree(Code code, int depth, List<Code> indicators, int frameRow, List<Matrix.Row> rows,
                                LongIndex codeIndex, int[] codeRow) {
        int ci = codeIndex.indexOf(code.id());
        if (codeRow[ci] >= 0) {
            return;
        }
        codeRow[ci] = rows.size();
        rows.add(new Matrix.Row(Matrix.RowKind.CODE, code.id(), code.name(), frameRow, depth));
        for (Code child : indicators) {
            if (child.parentId() != null && child.parentId() == code.id()) {
                addTree(child, depth + 1, indicators, frameRow, rows, codeIndex, codeRow);
            }
        }
    }
}
