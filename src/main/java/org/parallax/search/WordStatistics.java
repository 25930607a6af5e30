package org.parallax.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.PriorityQueue;

/**
 * The words of the units learnt from, looked up once per index part rather than once per query: a unit's query
 * (its most distinctive words, weighted) is built exactly as Lucene's {@link MoreLikeThis} builds it with the
 * classifier's settings, and each of its words carries the statistics the search would otherwise look up again
 * in every part. {@code assistant run} asks about 700,000 queries of a few hundred distinct words, so looking each
 * word up twice per part per query (MoreLikeThis's document frequency, then the search's term statistics) was
 * a fixed cost of every sentence (docs/performance.md, "Issue 17, session 9").
 *
 * <p>A budget of {@link #WORDS_PER_PART} words per part bounds the memory on a project with a large vocabulary;
 * words beyond it are looked up each time, as before. Safe to use from several threads at once: an entry is made
 * whole before it is published, and searches only read it.
 */
final class WordStatistics {
    /** Words remembered per part (about 150 bytes each). */
    static final int WORDS_PER_PART = 20_000;
    private static final ClassicSimilarity TF_IDF = new ClassicSimilarity();
    /** A word a part does not hold: remembered too, so a miss is not looked up again either. */
    private static final Entry MISSING = new Entry(null, 0, 0);

    private record Entry(TermState state, int docFreq, long totalTermFreq) {
    }

    private final Map<LeafReader, Map<Term, Entry>> byPart = new IdentityHashMap<>();
    private final Analyzer analyzer;
    private final int maxWords;

    /** For the leaves of {@code parts}, which must not change while this object is used. */
    WordStatistics(List<? extends IndexReader> parts, Analyzer analyzer, int maxWords) {
        this.analyzer = analyzer;
        this.maxWords = maxWords;
        for (IndexReader part : parts) {
            for (LeafReaderContext leaf : part.leaves()) {
                byPart.put(leaf.reader(), new ConcurrentHashMap<>());
            }
        }
    }

    /**
     * The query MoreLikeThis makes of {@code text} over {@code reader} (minimum term and document frequency 1,
     * boost on, {@code maxWords} words, no stop words): the same words with the same boosts in the same order, so
     * the same scores, with every word's statistics attached for this reader.
     */
    Query query(IndexReader reader, String field, String text) throws IOException {
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
        long docCount = reader.getDocCount(field);
        if (docCount == -1) {
            docCount = reader.numDocs();
        }
        Words queue = new Words(Math.min(maxWords, frequencies.size()));
        for (Map.Entry<String, int[]> e : frequencies.entrySet()) {
            Term term = new Term(field, e.getKey());
            TermStates states = states(reader, term);
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

    /** The word's statistics in every leaf of {@code reader}, from what each part remembers. */
    private TermStates states(IndexReader reader, Term term) throws IOException {
        TermStates states = new TermStates(reader.getContext());
        for (LeafReaderContext leaf : reader.leaves()) {
            Entry entry = entry(leaf.reader(), term);
            if (entry != MISSING) {
                states.register(entry.state(), leaf.ord, entry.docFreq(), entry.totalTermFreq());
            }
        }
        return states;
    }

    private Entry entry(LeafReader leaf, Term term) throws IOException {
        Map<Term, Entry> known = byPart.get(leaf);
        Entry entry = known.get(term);
        if (entry == null) {
            entry = lookUp(leaf, term);
            if (known.size() < WORDS_PER_PART) {
                known.putIfAbsent(term, entry);
            }
        }
        return entry;
    }

    private static Entry lookUp(LeafReader leaf, Term term) throws IOException {
        Terms terms = leaf.terms(term.field());
        if (terms == null) {
            return MISSING;
        }
        TermsEnum words = terms.iterator();
        if (!words.seekExact(term.bytes())) {
            return MISSING;
        }
        // termState() is a copy: searches seek with it and never change it
        return new Entry(words.termState(), words.docFreq(), words.totalTermFreq());
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
