package org.parallax.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.Matrix;

/**
 * What a general matrix needs to know of each document, by dense index: whether the filter admits it,
 * its column on a document axis or its scenario, and its words. Documents known only from segments
 * (not in the document list) have no metadata and no words. Without a word map (null) no words are known.
 */
final class DocumentFacts {
    final LongIndex index;
    private final int known;
    private final MatrixSpec spec;
    private final boolean[] admitted;
    private final boolean unknownAdmitted;
    private final Comparable<?>[] keys;
    private final int[] scenarioColumns;
    private final long[] words;
    private final DocumentAxis axis;
    private boolean catchAll;
    private int[] documentColumns;

    DocumentFacts(Codebook codebook, Collection<Document> documents, Map<Long, Long> documentWords,
                  FlatSegments segments, MatrixSpec spec) {
        this.spec = spec;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (Document d : documents) {
            min = Math.min(min, d.id());
            max = Math.max(max, d.id());
        }
        if (segments.size > 0) {
            min = Math.min(min, segments.minDocument);
            max = Math.max(max, segments.maxDocument);
        }
        index = LongIndex.forRange(Math.max(1024, documents.size()), min, max);
        Map<String, Integer> scenarioByName = new HashMap<>();
        List<org.parallax.model.Scenario> scenarios = codebook.scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            scenarioByName.putIfAbsent(scenarios.get(i).name(), i);
        }
        MatrixSpec.ColumnKind kind = spec.columns().kind();
        axis = kind == MatrixSpec.ColumnKind.SCENARIO || kind == MatrixSpec.ColumnKind.CODES
                ? null : new DocumentAxis(spec.columns());
        admitted = new boolean[documents.size()];
        keys = new Comparable<?>[documents.size()];
        scenarioColumns = new int[documents.size()];
        words = documentWords == null ? null : new long[documents.size()];
        for (Document d : documents) {
            int di = index.indexOrAdd(d.id());
            if (di < admitted.length && admits(d.id(), d.meta())) {
                admitted[di] = true;
                if (words != null) {
                    words[di] = documentWords.getOrDefault(d.id(), 0L);
                }
                scenarioColumns[di] = d.meta().scenario() == null ? -1
                        : scenarioByName.getOrDefault(d.meta().scenario().strip(), -1);
                if (axis != null) {
                    keys[di] = axis.key(d.meta());
                    catchAll |= keys[di] == null;
                }
            }
        }
        known = index.size();
        MatrixSpec.Filter f = spec.filter();
        unknownAdmitted = f.from() == null && f.to() == null && f.documentIds().isEmpty() && f.actors().isEmpty();
    }

    /**
     * Upper bound on the document indexes after grouping {@code segmentCount} segments: no more than the index can
     * hold when its ids lie in a known range (sized for one document per passage, the grouping's counts were two
     * arrays as long as the passages per matrix, issue 18).
     */
    int capacity(int segmentCount) {
        return (int) Math.min((long) known + segmentCount, index.capacity());
    }

    boolean admits(int di) {
        return di < known ? admitted[di] : unknownAdmitted;
    }

    /** Columns of a document axis; the catch-all is added when an admitted document lacks a value. */
    List<Matrix.Column> propertyColumns(FilteredSegments grouped) {
        for (int di = known; di < grouped.documentCount(); di++) {
            catchAll |= grouped.firstOfDocument[di + 1] > grouped.firstOfDocument[di];
        }
        return axis.columns(catchAll);
    }

    /** Each document's own column (scenario attribute or axis value), the catch-all (last) if none. */
    int[] documentColumns(int documentCount, int columnCount) {
        documentColumns = new int[documentCount];
        for (int di = 0; di < documentCount; di++) {
            if (axis != null) {
                documentColumns[di] = axis.column(di < known ? keys[di] : null, columnCount - 1);
            } else {
                documentColumns[di] = di < known && scenarioColumns[di] >= 0 ? scenarioColumns[di] : columnCount - 1;
            }
        }
        return documentColumns;
    }

    /**
     * Words of each column's documents: by property value, or the scenarios/codes present in a document; null when
     * no words are known.
     */
    long[] columnWords(MatrixSpec.ColumnKind kind, FilteredSegments grouped, int columnCount) {
        if (words == null) {
            return null;
        }
        long[] columnWords = new long[columnCount];
        boolean[] present = new boolean[columnCount];
        for (int di = 0; di < known; di++) {
            if (!admitted[di]) {
                continue;
            }
            if (kind != MatrixSpec.ColumnKind.CODES && kind != MatrixSpec.ColumnKind.SCENARIO) {
                columnWords[documentColumns[di]] += words[di];
                continue;
            }
            java.util.Arrays.fill(present, false);
            for (int k = grouped.firstSpanOfDocument[di]; k < grouped.firstSpanOfDocument[di + 1]; k++) {
                present[grouped.spanColumns[k]] = true;
            }
            if (kind == MatrixSpec.ColumnKind.SCENARIO) {
                // A passage outside every scenario span falls in the document's own column, "No scenario" when
                // it has no scenario attribute, so the document's words belong to that column's rate too.
                present[scenarioColumns[di] >= 0 ? scenarioColumns[di] : columnCount - 1] = true;
            }
            for (int c = 0; c < columnCount; c++) {
                columnWords[c] += present[c] ? words[di] : 0;
            }
        }
        return columnWords;
    }

    /** Words of all admitted documents; 0 when no words are known. */
    long totalWords() {
        if (words == null) {
            return 0;
        }
        long total = 0;
        for (long w : words) {
            total += w;
        }
        return total;
    }

    private boolean admits(long id, DocumentMeta meta) {
        return spec.filter().admits(id, meta);
    }
}
