package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.Matrix;
import org.parallax.model.Scenario;
import org.parallax.model.Segment;

/**
 * The general matrix of coding: rows of frames or codes against scenarios, document properties, periods
 * or co-coded codes, with passages, documents, characters and the words behind each column (see
 * docs/analysis.md). With {@link MatrixSpec#table1()} it is Table 1: indicator codes grouped by theory frame
 * against the scenarios, the one engine behind the Table 1 tab, the Analysis tab, timelines and exports.
 */
public final class CodingMatrix {
    /** Label of the last scenario column, for passages without any scenario. */
    public static final String NO_SCENARIO = "No scenario";

    private CodingMatrix() {
    }

    /**
     * Computes the matrix of {@code spec}. {@code documents} are the project's documents (their metadata
     * decides document columns and filters); {@code documentWords} maps document ids to word counts, or is null
     * when no rate per words is wanted (the matrix then carries no words, and nobody reads the texts to count
     * them). Segments of documents not listed count as documents without metadata.
     */
    public static Matrix compute(Codebook codebook, Collection<Document> documents, Map<Long, Long> documentWords,
                                 Collection<Segment> segments, MatrixSpec spec) {
        LongIndex codeIndex = Indexes.codes(codebook.codes());
        int[] rowOfCode = filled(codeIndex.size());
        int[] columnOfCode = filled(codeIndex.size());
        List<Matrix.Row> rows = rows(codebook, spec.rows(), codeIndex, rowOfCode);

        MatrixSpec.ColumnKind kind = spec.columns().kind();
        List<Matrix.Column> columns;
        if (kind == MatrixSpec.ColumnKind.SCENARIO) {
            columns = scenarioColumns(codebook, codeIndex, columnOfCode);
        } else if (kind == MatrixSpec.ColumnKind.CODES) {
            columns = codeColumns(codebook, spec.columns().codeIds(), codeIndex, columnOfCode);
        } else {
            columns = null;
        }
        FlatSegments flat = new FlatSegments(segments, codeIndex, rowOfCode, columnOfCode);
        DocumentFacts facts = new DocumentFacts(codebook, documents, documentWords, flat, spec);
        LongIndex coders = coderIndex(spec.filter());
        FilteredSegments.Admission admission =
                (di, i) -> facts.admits(di) && (coders == null || coders.indexOf(flat.coder(i)) >= 0);
        FilteredSegments grouped = new FilteredSegments(flat, rowOfCode, facts.index, facts.capacity(flat.size),
                facts.listed(), admission);
        if (columns == null) {
            columns = facts.propertyColumns(grouped.countedInUnlistedDocument);
        }
        int columnCount = columns.size();
        int[] documentColumn = facts.documentColumns(grouped.documentCount(), columnCount);
        CodingMatrixBuilder builder = new CodingMatrixBuilder(rows, columns, grouped.withRow,
                kind != MatrixSpec.ColumnKind.CODES);
        DocumentWalk walk = new DocumentWalk(grouped, admission, rowOfCode, columnOfCode, facts, builder, kind,
                documentColumn, columnCount);
        for (int di = 0; di < grouped.documentCount(); di++) {
            walk.document(di);
        }
        return builder.build(facts.columnWords(kind, columnCount), facts.totalWords());
    }

    private static List<Matrix.Row> rows(Codebook codebook, MatrixSpec.Rows spec, LongIndex codeIndex,
                                         int[] rowOfCode) {
        if (spec.byFrame()) {
            return FrameRows.of(codebook, codeIndex, rowOfCode);
        }
        Map<Long, Code> codes = codebook.codesById();
        List<Matrix.Row> rows = new ArrayList<>();
        for (long id : spec.codeIds()) {
            int ci = codeIndex.indexOf(id);
            if (ci < 0) {
                throw new IllegalArgumentException("No code with id " + id + " in the codebook");
            }
            if (rowOfCode[ci] < 0) {
                rowOfCode[ci] = rows.size();
                rows.add(new Matrix.Row(Matrix.RowKind.CODE, id, codes.get(id).name(), -1, 0));
            }
        }
        return rows;
    }

    private static List<Matrix.Column> scenarioColumns(Codebook codebook, LongIndex codeIndex, int[] columnOfCode) {
        Map<Long, Integer> scenarioColumns = new HashMap<>();
        List<Matrix.Column> columns = new ArrayList<>();
        for (Scenario scenario : codebook.scenarios()) {
            scenarioColumns.putIfAbsent(scenario.id(), columns.size());
            columns.add(new Matrix.Column(scenario.id(), scenario.name()));
        }
        columns.add(new Matrix.Column(null, NO_SCENARIO));
        for (Code code : codebook.codes()) {
            if (code.isScenarioCode() && scenarioColumns.containsKey(code.scenarioId())) {
                columnOfCode[codeIndex.indexOf(code.id())] = scenarioColumns.get(code.scenarioId());
            }
        }
        return columns;
    }

    private static List<Matrix.Column> codeColumns(Codebook codebook, List<Long> ids, LongIndex codeIndex,
                                                   int[] columnOfCode) {
        Map<Long, Code> codes = codebook.codesById();
        List<Matrix.Column> columns = new ArrayList<>();
        for (long id : ids) {
            int ci = codeIndex.indexOf(id);
            if (ci < 0) {
                throw new IllegalArgumentException("No code with id " + id + " in the codebook");
            }
            if (columnOfCode[ci] < 0) {
                columnOfCode[ci] = columns.size();
                columns.add(new Matrix.Column(id, codes.get(id).name()));
            }
        }
        return columns;
    }

    private static LongIndex coderIndex(MatrixSpec.Filter filter) {
        if (filter.coderIds().isEmpty()) {
            return null;
        }
        LongIndex index = new LongIndex(filter.coderIds().size());
        filter.coderIds().forEach(index::indexOrAdd);
        return index;
    }

    private static int[] filled(int size) {
        int[] array = new int[size];
        Arrays.fill(array, -1);
        return array;
    }
}
