package org.parallax.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.SmallFloat;

/**
 * The k units nearest a unit's query (a flat disjunction of weighted words, {@link WordStatistics#query}) by BM25,
 * scored word after word into one accumulator over the one leaf of units. The result is exactly that of Lucene's
 * search with a top-k collector that counts every hit (what the assistant used before): Lucene's term-at-a-time
 * scorer ({@code BooleanScorer}) also adds each word's float score into a double per unit and hands the collector
 * that sum as a float, and of equal scores the lower unit number comes first. What this leaves out is Lucene's
 * machinery around it (windows of buckets made for every query, a collector call per unit and word, a norm looked
 * up through an iterator per posting, BM25's table of 256 length factors made for every word of every query), a
 * good part of a query's cost (docs/performance.md, "Issue 17, session 11"). With BM25 it computes Lucene's
 * scores by Lucene's formula in Lucene's order of float operations; {@code WordStatisticsTest} compares units and
 * scores with Lucene's search, bit for bit, for every part held out and none, so a Lucene that scored otherwise
 * would fail it.
 * Safe to use from several threads at once.
 */
final class NearestUnits {
    private final LeafReader units;
    /** Each field's length norms, decoded once: a byte per unit, as BM25 stores them. */
    private final Map<String, byte[]> norms = new ConcurrentHashMap<>();
    /** BM25's length factors by field and statistics (a few: one per part held out). */
    private final Map<Lengths, float[]> factors = new ConcurrentHashMap<>();
    /** Accumulators not in use, one taken per query: a query never allocates one of the leaf's size. */
    private final ConcurrentLinkedQueue<Accumulator> spare = new ConcurrentLinkedQueue<>();

    /** Over the one leaf of units (null if no unit was indexed). */
    NearestUnits(LeafReader units) {
        this.units = units;
    }

    /**
     * The {@code k} best units for {@code query} by the statistics and similarity of {@code searcher}, whose reader
     * is one leaf over the same units (with a held-out part's units deleted), best first; units {@code skipped}
     * (null: none) are left out.
     */
    ScoreDoc[] top(IndexSearcher searcher, Query query, Bits skipped, int k) throws IOException {
        if (units == null || k <= 0) {
            return new ScoreDoc[0];
        }
        LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
        Bits live = leaf.reader().getLiveDocs();
        List<BooleanClause> words = words(query);
        Accumulator sums = spare.poll();
        if (sums == null) {
            sums = new Accumulator(units.maxDoc());
        }
        // Back to the spares only once top has cleared it: a query that fails part-way leaves sums behind, and the
        // next query to take that accumulator would count them (which one it takes depends on the threads' timing).
        for (BooleanClause clause : words) {
            add(searcher, leaf, live, clause.getQuery(), sums);
        }
        ScoreDoc[] top = sums.top(k, skipped);
        spare.add(sums);
        return top;
    }

    /** The query's words: one clause each, all optional. */
    private static List<BooleanClause> words(Query query) {
        if (query instanceof BooleanQuery disjunction && disjunction.getMinimumNumberShouldMatch() == 0
                && disjunction.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
            return disjunction.clauses();
        }
        throw new IllegalArgumentException("Not a disjunction of words: " + query);
    }

    /** Adds one word's score to every live unit holding it, as Lucene's term query scores it. */
    private void add(IndexSearcher searcher, LeafReaderContext leaf, Bits live, Query clause, Accumulator sums)
            throws IOException {
        float boost = 1f;
        Query word = clause;
        if (word instanceof BoostQuery boosted) {
            boost = boosted.getBoost();
            word = boosted.getQuery();
        }
        if (!(word instanceof TermQuery termQuery) || termQuery.getTermStates() == null) {
            throw new IllegalArgumentException("Not a word with its statistics: " + clause);
        }
        Term term = termQuery.getTerm();
        TermStates states = termQuery.getTermStates();
        TermState state = states.docFreq() == 0 ? null : states.get(leaf);
        CollectionStatistics collection = searcher.collectionStatistics(term.field());
        if (state == null || collection == null) {
            return;
        }
        TermStatistics statistics = searcher.termStatistics(term, states.docFreq(), states.totalTermFreq());
        PostingsEnum postings = sums.postings(units, term, state);
        if (postings == null) {
            return;
        }
        byte[] lengths = norms(term.field());
        double[] sum = sums.sums;
        Similarity similarity = searcher.getSimilarity();
        if (similarity.getClass() == BM25Similarity.class && lengths != null) {
            // BM25Similarity's scorer, whose table of 256 length factors Lucene makes anew for every word of every
            // query, with the table made once per field and parts: the same float operations in the same order
            BM25Similarity bm25 = (BM25Similarity) similarity;
            float[] factors = lengthFactors(bm25, collection);
            float weight = boost * idf(statistics.docFreq(), collection.docCount());
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                if (live == null || live.get(d)) {
                    float freq = postings.freq();
                    sums.add(d, weight - weight / (1f + freq * factors[lengths[d] & 0xFF]));
                }
            }
            return;
        }
        Similarity.SimScorer scorer = similarity.scorer(boost, collection, statistics);
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
            if (live == null || live.get(d)) {
                sums.add(d, scorer.score(postings.freq(), lengths == null ? 1L : lengths[d]));
            }
        }
    }

    /** BM25Similarity's inverse document frequency. */
    private static float idf(long docFreq, long docCount) {
        return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
    }

    /** BM25Similarity's length factor for each of the 256 norms, given the average length of the field's units. */
    private float[] lengthFactors(BM25Similarity bm25, CollectionStatistics collection) {
        Lengths key = new Lengths(collection.field(), collection.docCount(), collection.sumTotalTermFreq(),
                bm25.getK1(), bm25.getB());
        return factors.computeIfAbsent(key, k -> {
            float average = (float) (k.sumTotalTermFreq() / (double) k.docCount());
            float[] out = new float[256];
            for (int i = 0; i < out.length; i++) {
                float length = SmallFloat.byte4ToInt((byte) i);
                out[i] = 1f / (k.k1() * ((1 - k.b()) + k.b() * length / average));
            }
            return out;
        });
    }

    /** What BM25's length factors depend on. */
    private record Lengths(String field, long docCount, long sumTotalTermFreq, float k1, float b) {
    }

    /** The field's norms by unit (null if the field keeps none: Lucene then scores with 1). */
    private byte[] norms(String field) throws IOException {
        byte[] known = norms.get(field);
        if (known != null || norms.containsKey(field)) {
            return known;
        }
        NumericDocValues values = units.getNormValues(field);
        byte[] out = null;
        if (values != null) {
            out = new byte[units.maxDoc()];
            for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
                long value = values.longValue();
                if (value != (byte) value) {
                    throw new IllegalStateException("A unit's length norm does not fit a byte: " + value);
                }
                out[d] = (byte) value;
            }
        }
        byte[] made = out;
        return norms.computeIfAbsent(field, f -> made);
    }

    /** Each unit's score so far, and the units with one. */
    private static final class Accumulator {
        final double[] sums;
        final int[] touched;
        int count;

        /**
         * A terms enumeration and postings per field, used again by each query (making one for every word of every
         * query cost about a tenth of the search).
         */
        private final Map<String, TermsEnum> words = new HashMap<>();
        private final Map<String, PostingsEnum> postings = new HashMap<>();

        Accumulator(int units) {
            sums = new double[units];
            touched = new int[units];
        }

        /** The postings of {@code term}, found at {@code state} in {@code units} (null if the field is not there). */
        PostingsEnum postings(LeafReader units, Term term, TermState state) throws IOException {
            String field = term.field();
            TermsEnum enumeration = words.get(field);
            if (enumeration == null) {
                Terms terms = units.terms(field);
                if (terms == null) {
                    return null;
                }
                enumeration = terms.iterator();
                words.put(field, enumeration);
            }
            enumeration.seekExact(term.bytes(), state);
            PostingsEnum out = enumeration.postings(postings.get(field), PostingsEnum.FREQS);
            postings.put(field, out);
            return out;
        }

        void add(int unit, float score) {
            // BM25 scores are above zero, so a sum of zero means the unit is not yet counted
            if (sums[unit] == 0) {
                touched[count++] = unit;
            }
            sums[unit] += score;
        }

        /** The k best units (score, then lower number first), and clears the sums for the next query. */
        ScoreDoc[] top(int k, Bits skipped) {
            float[] scores = new float[k];
            int[] docs = new int[k];
            int found = 0;
            for (int i = 0; i < count; i++) {
                int d = touched[i];
                float score = (float) sums[d];
                sums[d] = 0;
                if (skipped != null && skipped.get(d)
                        || found == k && !better(score, d, scores[k - 1], docs[k - 1])) {
                    continue;
                }
                int at = found < k ? found++ : k - 1;
                while (at > 0 && better(score, d, scores[at - 1], docs[at - 1])) {
                    scores[at] = scores[at - 1];
                    docs[at] = docs[at - 1];
                    at--;
                }
                scores[at] = score;
                docs[at] = d;
            }
            count = 0;
            ScoreDoc[] out = new ScoreDoc[found];
            for (int i = 0; i < found; i++) {
                out[i] = new ScoreDoc(docs[i], scores[i]);
            }
            return out;
        }

        private static boolean better(float score, int doc, float than, int thanDoc) {
            return score > than || score == than && doc < thanDoc;
        }
    }
}
