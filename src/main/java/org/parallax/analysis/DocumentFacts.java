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
    /** Words behind each scenario or code column, summed as documents' spans are met; null when no words are known. */
    private long[] spanColumnWords;
    /** Listed documents whose spans were met. */
    private boolean[] spansMet;
    private boolean[] present;

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

    /** How many documents are listed: indexes 0 to this minus one. */
    int listed() {
        return known;
    }

    /**
     * Columns of a document axis; the catch-all is added when an admitted document lacks a value, or when
     * {@code countedInUnlistedDocument}.
     */
    List<Matrix.Column> propertyColumns(boolean countedInUnlistedDocument) {
        catchAll |= countedInUnlistedDocument;
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
     * Notes the columns the spans of listed document {@code di} reach (scenario or code columns), for the words behind
     * each column: a document's words count in every column it has a span of.
     */
    void spansMet(int di, ColumnSpans spans, int columnCount) {
        if (words == null || di >= known || !admitted[di]) {
            return;
        }
        if (spanColumnWords == null) {
            spanColumnWords = new long[columnCount];
            spansMet = new boolean[known];
            present = new boolean[columnCount];
        }
        spansMet[di] = true;
        java.util.Arrays.fill(present, false);
        for (int k = 0; k < spans.size(); k++) {
            present[spans.column(k)] = true;
        }
        if (spec.columns().kind() == MatrixSpec.ColumnKind.SCENARIO) {
            // A passage outside every scenario span falls in the document's own column, "No scenario" when it has
            // no scenario attribute, so the document's words belong to that column's rate too.
            present[ownScenarioColumn(di, columnCount)] = true;
        }
        for (int c = 0; c < columnCount; c++) {
            spanColumnWords[c] += present[c] ? words[di] : 0;
        }
    }

    /**
     * Words of each column's documents: by property value, or the scenarios/codes present in a document (noted by
     * {@link #spansMet}); null when no words are known.
     */
    long[] columnWords(MatrixSpec.ColumnKind kind, int columnCount) {
        if (words == null) {
            return null;
        }
        long[] columnWords = spanColumnWords == null ? new long[columnCount] : spanColumnWords;
        for (int di = 0; di < known; di++) {
            if (!admitted[di]) {
                continue;
            }
            if (kind != MatrixSpec.ColumnKind.CODES && kind != MatrixSpec.ColumnKind.SCENARIO) {
                columnWords[documentColumns[di]] += words[di];
            } else if (kind == MatrixSpec.ColumnKind.SCENARIO && (spansMet == null || !spansMet[di])) {
                // A document with no passages read: its words belong to its own column alone.
                columnWords[ownScenarioColumn(di, columnCount)] += words[di];
            }
        }
        return columnWords;
    }

    private int ownScenarioColumn(int di, int columnCount) {
        return scenarioColumns[di] >= 0 ? scenarioColumns[di] : columnCount - 1;
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
