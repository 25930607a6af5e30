package org.parallax.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.PriorityQueue;

/**
 * The words of the units learnt from, looked up once in the assistant's one index of units rather than once per
 * query: a unit's query (its most distinctive words, weighted) is built exactly as Lucene's {@link MoreLikeThis}
 * builds it with the classifier's settings over the parts a model learns from, and each of its words carries the
 * statistics of those parts, which the search then uses instead of looking them up again. {@code assistant run}
 * asks about 700,000 queries of a few hundred distinct words (docs/performance.md, "Issue 17, session 9").
 *
 * <p>A word's entry holds its document and term frequencies part by part, so the statistics of any parts together
 * (every part but a held-out fold) are sums, and equal those of a reader over those parts alone: the queries, and
 * so the scores, are the same as over separate indexes per part. A budget of {@link #WORDS_KEPT} words bounds the
 * memory on a project with a large vocabulary; words beyond it are looked up each time. Safe to use from several
 * threads at once: an entry is made whole before it is published, and searches only read it.
 */
final class WordStatistics {
    /** Words remembered (about 150 bytes and two numbers a part each). */
    static final int WORDS_KEPT = 50_000;
    private static final ClassicSimilarity TF_IDF = new ClassicSimilarity();
    /** A word the index does not hold: remembered too, so a miss is not looked up again either. */
    private static final Entry MISSING = new Entry(null, new int[0], new long[0]);

    /** The word's place in the one leaf, and its document and term frequencies by part. */
    private record Entry(TermState state, int[] docFreqs, long[] totalTermFreqs) {
        int docFreq(int leftOut) {
            int sum = 0;
            for (int p = 0; p < docFreqs.length; p++) {
                sum += p == leftOut ? 0 : docFreqs[p];
            }
            return sum;
        }

        long totalTermFreq(int leftOut) {
            long sum = 0;
            for (int p = 0; p < totalTermFreqs.length; p++) {
                sum += p == leftOut ? 0 : totalTermFreqs[p];
            }
            return sum;
        }
    }

    private final Map<Term, Entry> known = new ConcurrentHashMap<>();
    private final LeafReader units;
    private final UnitParts parts;
    private final Analyzer analyzer;
    private final int maxWords;

    /**
     * For the one leaf {@code units} (null if no unit was indexed) of the parts {@code parts}, which must not
     * change while this object is used.
     */
    WordStatistics(LeafReader units, UnitParts parts, Analyzer analyzer, int maxWords) {
        this.units = units;
        this.parts = parts;
        this.analyzer = analyzer;
        this.maxWords = maxWords;
    }

    /**
     * The query MoreLikeThis makes of {@code text} over every part but {@code leftOut} (-1: all parts; minimum
     * term and document frequency 1, boost on, {@code maxWords} words, no stop words): the same words with the
     * same boosts in the same order, so the same scores, with every word's statistics of those parts attached
     * for {@code reader}, a reader of one leaf over the units.
     */
    Query query(IndexReader reader, int leftOut, String field, String text) throws IOException {
        // MoreLikeThis's steps, kept in its order: a HashMap of the words (its iteration order decides between
        // words of equal score), then Lucene's priority queue, emptied lowest score first.
        Map<String, int[]> frequencies = new HashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute word = tokens.addAttribute(CharTermAttribute.class);
            TermFrequencyAttribute frequency = tokens.addAttribute(TermFrequencyAttribute.class);
            tokens.reset();
            int parsed = 0;
            while (tokens.incrementToken() && ++parsed <= MoreLikeThis.DEFAULT_MAX_NUM_TOKENS_PARSED) {
                // get and put as MoreLikeThis does: computeIfAbsent grows the table at other moments, and the
                // table's size decides the iteration order
                String w = word.toString();
                int[] count = frequencies.get(w);
                if (count == null) {
                    frequencies.put(w, new int[] {frequency.getTermFrequency()});
                } else {
                    count[0] += frequency.getTermFrequency();
                }
            }
            tokens.end();
        }
        long docCount = parts.docCount(field, leftOut);
        Words queue = new Words(Math.min(maxWords, frequencies.size()));
        for (Map.Entry<String, int[]> e : frequencies.entrySet()) {
            Term term = new Term(field, e.getKey());
            TermStates states = states(reader, leftOut, term);
            if (states.docFreq() == 0) {
                continue;
            }
            float score = e.getValue()[0] * TF_IDF.idf(states.docFreq(), docCount);
            if (queue.size() < queue.limit) {
                queue.add(new Word(term, states, score));
            } else if (queue.top().score < score) {
                queue.updateTop(new Word(term, states, score));
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        float lowest = -1;
        for (Word w = queue.pop(); w != null; w = queue.pop()) {
            if (lowest == -1) {
                lowest = w.score;
            }
            query.add(new BoostQuery(new TermQuery(w.term, w.states), w.score / lowest), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /** The word's statistics in every part but {@code leftOut}, registered for the one leaf of {@code reader}. */
    private TermStates states(IndexReader reader, int leftOut, Term term) throws IOException {
        TermStates states = new TermStates(reader.getContext());
        Entry entry = entry(term);
        int docFreq = entry == MISSING ? 0 : entry.docFreq(leftOut);
        if (docFreq > 0) {
            states.register(entry.state(), 0, docFreq, entry.totalTermFreq(leftOut));
        }
        return states;
    }

    private Entry entry(Term term) throws IOException {
        Entry entry = known.get(term);
        if (entry == null) {
            entry = lookUp(term);
            if (known.size() < WORDS_KEPT) {
                known.putIfAbsent(term, entry);
            }
        }
        return entry;
    }

    private Entry lookUp(Term term) throws IOException {
        Terms terms = units == null ? null : units.terms(term.field());
        if (terms == null) {
            return MISSING;
        }
        TermsEnum words = terms.iterator();
        if (!words.seekExact(term.bytes())) {
            return MISSING;
        }
        // termState() is a copy: searches seek with it and never change it
        TermState state = words.termState();
        int[] docFreqs = new int[parts.count()];
        long[] totalTermFreqs = new long[parts.count()];
        PostingsEnum postings = words.postings(null, PostingsEnum.FREQS);
        int part = 0;
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
            while (d >= parts.end(part)) {
                part++;
            }
            docFreqs[part]++;
            totalTermFreqs[part] += postings.freq();
        }
        return new Entry(state, docFreqs, totalTermFreqs);
    }

    private record Word(Term term, TermStates states, float score) {
    }

    /** MoreLikeThis's queue: lowest score on top, ties as Lucene's heap leaves them. */
    private static final class Words extends PriorityQueue<Word> {
        final int limit;

        Words(int limit) {
            super(limit);
            this.limit = limit;
        }

        @Override
        protected boolean lessThan(Word a, Word b) {
            return a.score < b.score;
        }
    }
}
