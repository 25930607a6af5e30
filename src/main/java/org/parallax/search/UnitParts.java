package org.parallax.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.CollectionStatistics;

/**
 * Where each part (a fold of the evaluation) lies in the assistant's one index of units, and each part's
 * statistics of the two text fields: a model that holds a part out searches the one index with that part's units
 * left out, and scores them with the statistics the other parts have together, exactly the ones a reader over
 * those parts alone would give (BM25's document count and average length, MoreLikeThis's document count).
 */
final class UnitParts {
    private static final String[] FIELDS = {IndexFields.TEXT_EN, IndexFields.TEXT_RU};
    /** First document number of each part, and last the number of units: part p is [starts[p], starts[p + 1]). */
    private final int[] starts;
    /** By field (as {@link #FIELDS}) and part. */
    private final long[][] docCounts;
    private final long[][] sumTotalTermFreqs;
    private final long[][] sumDocFreqs;

    /** From the parts as separate indexes, in the order the one index holds them. */
    UnitParts(List<DirectoryReader> parts) throws IOException {
        starts = new int[parts.size() + 1];
        docCounts = new long[FIELDS.length][parts.size()];
        sumTotalTermFreqs = new long[FIELDS.length][parts.size()];
        sumDocFreqs = new long[FIELDS.length][parts.size()];
        for (int p = 0; p < parts.size(); p++) {
            starts[p + 1] = starts[p] + parts.get(p).maxDoc();
            for (int f = 0; f < FIELDS.length; f++) {
                Terms terms = MultiTerms.getTerms(parts.get(p), FIELDS[f]);
                if (terms != null) {
                    docCounts[f][p] = terms.getDocCount();
                    sumTotalTermFreqs[f][p] = terms.getSumTotalTermFreq();
                    sumDocFreqs[f][p] = terms.getSumDocFreq();
                }
            }
        }
    }

    int count() {
        return starts.length - 1;
    }

    /** The part the unit of document number {@code doc} belongs to. */
    int partOf(int doc) {
        int p = 0;
        while (doc >= starts[p + 1]) {
            p++;
        }
        return p;
    }

    int start(int part) {
        return starts[part];
    }

    int end(int part) {
        return starts[part + 1];
    }

    /** Units in every part but {@code leftOut} (-1: none left out). */
    int maxDoc(int leftOut) {
        return starts[count()] - (leftOut < 0 ? 0 : end(leftOut) - start(leftOut));
    }

    /** Units with {@code field} in every part but {@code leftOut}. */
    long docCount(String field, int leftOut) {
        return sum(docCounts[field(field)], leftOut);
    }

    /** What a searcher over every part but {@code leftOut} would give for {@code field}; null if no unit has it. */
    CollectionStatistics statistics(String field, int leftOut) {
        int f = field(field);
        long docCount = sum(docCounts[f], leftOut);
        if (docCount == 0) {
            return null;
        }
        return new CollectionStatistics(field, maxDoc(leftOut), docCount, sum(sumTotalTermFreqs[f], leftOut),
                sum(sumDocFreqs[f], leftOut));
    }

    private static long sum(long[] byPart, int leftOut) {
        long sum = 0;
        for (int p = 0; p < byPart.length; p++) {
            if (p != leftOut) {
                sum += byPart[p];
            }
        }
        return sum;
    }

    private static int field(String field) {
        for (int f = 0; f < FIELDS.length; f++) {
            if (FIELDS[f].equals(field)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Not a field of the assistant's units: " + field);
    }
}
