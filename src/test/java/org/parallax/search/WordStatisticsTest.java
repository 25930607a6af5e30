package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The assistant's unit queries are MoreLikeThis's, word for word and boost for boost, with the words' statistics
 * remembered by part of one index: the suggestions must not change by building them faster.
 */
class WordStatisticsTest {
    private static final String[] VOCABULARY = ("protest police march crowd minister budget reform strike union "
            + "workers wages election vote party leader speech riot arrest court judge ruling appeal students "
            + "teachers school hospital nurses doctors health crisis inflation prices fuel tax tariff trade border "
            + "migrants asylum camp refugees army soldiers peace talks treaty sanctions embargo oil gas pipeline "
            + "climate flood drought harvest farmers").split(" ");
    /** Units a search leaves out, as the units of the document being judged are. */
    private static final Bits SKIPPED = new Bits() {
        @Override
        public boolean get(int doc) {
            return doc % 7 == 3;
        }

        @Override
        public int length() {
            return Integer.MAX_VALUE;
        }
    };
    private final List<DirectoryReader> parts = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (DirectoryReader part : parts) {
            part.close();
            part.directory().close();
        }
    }

    /**
     * Over the one index of every part's units, with a part left out or none, the queries and their hits are
     * MoreLikeThis's over a reader of the other parts as separate indexes: the same words, boosts, units (in the
     * same order, so the same tie-breaks) and scores.
     */
    @Test
    void queriesOverTheOneIndexAreMoreLikeThisOnesOverThePartsAndFindTheSameUnits() throws IOException {
        Random random = new Random(17);
        Analyzer analyzer = IndexFields.analyzer();
        List<List<String>> texts = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            // the parts differ in size, so a word's statistics differ by part
            List<String> part = new ArrayList<>();
            for (int u = 0; u < 200 + 150 * p; u++) {
                part.add(sentence(random, 3 + random.nextInt(20)));
            }
            texts.add(part);
            parts.add(index(analyzer, part));
        }
        DirectoryReader units = index(analyzer, texts.stream().flatMap(List::stream).toList());
        parts.add(units);
        UnitParts unitParts = new UnitParts(parts.subList(0, 3));
        WordStatistics words = new WordStatistics(PassageClassifier.onlyLeaf(units), unitParts, analyzer, 10);
        NearestUnits nearest = new NearestUnits(PassageClassifier.onlyLeaf(units));
        for (int held : new int[] {1, -1, 0, 2}) {
            List<IndexReader> others = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                if (p != held) {
                    others.add(parts.get(p));
                }
            }
            IndexReader expectedReader = new MultiReader(others.toArray(new IndexReader[0]), false);
            IndexSearcher expectedSearcher = new IndexSearcher(expectedReader);
            expectedSearcher.setSimilarity(new BM25Similarity());
            IndexReader reader = PassageClassifier.withoutPart(units, unitParts, held);
            IndexSearcher searcher = PassageClassifier.searcher(reader, unitParts, held);
            searcher.setSimilarity(new BM25Similarity());
            int compared = 0;
            for (int i = 0; i < 400; i++) {
                // repeated words (term frequency above 1), unknown words, and now and then no word at all
                String text = sentence(random, random.nextInt(30)) + (i % 7 == 0 ? " zyzzyva quux" : "");
                Query expected = moreLikeThis(expectedReader, analyzer, text);
                Query actual = words.query(reader, held, IndexFields.TEXT_EN, text);
                assertThat(actual.toString()).isEqualTo(expected.toString());
                TopDocs a = searcher.search(actual, 10);
                TopDocs e = expectedSearcher.search(expected, 10);
                assertThat(a.scoreDocs).hasSameSizeAs(e.scoreDocs);
                // the assistant's own top-k search finds the same units with the same scores in the same order
                assertSameHits(nearest.top(searcher, actual, null, 10), List.of(a.scoreDocs));
                // and with some units skipped (a document's own), the best ten of the rest
                List<ScoreDoc> rest = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(actual, units.maxDoc()).scoreDocs) {
                    if (!SKIPPED.get(hit.doc) && rest.size() < 10) {
                        rest.add(hit);
                    }
                }
                assertSameHits(nearest.top(searcher, actual, SKIPPED, 10), rest);
                for (int j = 0; j < a.scoreDocs.length; j++) {
                    ScoreDoc x = a.scoreDocs[j];
                    ScoreDoc y = e.scoreDocs[j];
                    // the other parts' numbers in the one index: after the held-out part, shifted by its size
                    int shift = held >= 0 && y.doc >= unitParts.start(held)
                            ? unitParts.end(held) - unitParts.start(held) : 0;
                    assertThat(x.doc).isEqualTo(y.doc + shift);
                    assertThat(unitParts.partOf(x.doc)).isNotEqualTo(held);
                    assertThat(x.score).isEqualTo(y.score);
                }
                compared += a.scoreDocs.length;
            }
            assertThat(compared).isGreaterThan(1000);
        }
    }

    @Test
    void aBudgetOfWordsStillGivesTheSameQueries() throws IOException {
        Random random = new Random(5);
        Analyzer analyzer = IndexFields.analyzer();
        List<String> texts = new ArrayList<>();
        for (int u = 0; u < 300; u++) {
            texts.add(sentence(random, 10));
        }
        parts.add(index(analyzer, texts));
        IndexReader reader = parts.get(0);
        WordStatistics words = new WordStatistics(PassageClassifier.onlyLeaf(parts.get(0)), new UnitParts(parts),
                analyzer, 10);
        // more distinct words than the budget remembers: numbered ones the index does not hold, then the vocabulary
        for (int i = 0; i < WordStatistics.WORDS_KEPT + 10; i++) {
            words.query(reader, -1, IndexFields.TEXT_EN, "unheard" + letters(i));
        }
        for (int i = 0; i < 50; i++) {
            String text = sentence(random, 12);
            assertThat(words.query(reader, -1, IndexFields.TEXT_EN, text).toString())
                    .isEqualTo(moreLikeThis(reader, analyzer, text).toString());
        }
    }

    /**
     * Queries share a few accumulators of scores, one per query at a time: one that fails after some of its words
     * were scored must not leave their sums to whichever later query takes that accumulator.
     */
    @Test
    void aQueryThatFailsPartWayLeavesNoScoresToTheNext() throws IOException {
        Random random = new Random(11);
        Analyzer analyzer = IndexFields.analyzer();
        List<String> texts = new ArrayList<>();
        for (int u = 0; u < 300; u++) {
            texts.add(sentence(random, 3 + random.nextInt(12)));
        }
        parts.add(index(analyzer, texts));
        DirectoryReader units = parts.get(0);
        UnitParts unitParts = new UnitParts(parts);
        WordStatistics words = new WordStatistics(PassageClassifier.onlyLeaf(units), unitParts, analyzer, 10);
        NearestUnits nearest = new NearestUnits(PassageClassifier.onlyLeaf(units));
        IndexSearcher searcher = PassageClassifier.searcher(units, unitParts, -1);
        searcher.setSimilarity(new BM25Similarity());
        Query asked = words.query(units, -1, IndexFields.TEXT_EN, "police arrest students at the march");
        ScoreDoc[] alone = new NearestUnits(PassageClassifier.onlyLeaf(units)).top(searcher, asked, null, 10);

        // the words of another query, then one without its statistics, which the search refuses once it gets there
        BooleanQuery.Builder failing = new BooleanQuery.Builder();
        ((BooleanQuery) words.query(units, -1, IndexFields.TEXT_EN, "police crowd march strike"))
                .clauses().forEach(failing::add);
        failing.add(new TermQuery(new Term(IndexFields.TEXT_EN, "riot")), BooleanClause.Occur.SHOULD);
        assertThatThrownBy(() -> nearest.top(searcher, failing.build(), null, 10))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(alone).isNotEmpty();
        assertSameHits(nearest.top(searcher, asked, null, 10), List.of(alone));
    }

    /** The same units with the same scores, bit for bit, in the same order. */
    private static void assertSameHits(ScoreDoc[] actual, List<ScoreDoc> expected) {
        assertThat(actual).hasSize(expected.size());
        for (int j = 0; j < actual.length; j++) {
            assertThat(actual[j].doc).isEqualTo(expected.get(j).doc);
            assertThat(actual[j].score).isEqualTo(expected.get(j).score);
        }
    }

    /** The texts as one segment of units, in order. */
    private static DirectoryReader index(Analyzer analyzer, List<String> texts) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (String text : texts) {
                Document d = new Document();
                d.add(new TextField(IndexFields.TEXT_EN, text, Field.Store.NO));
                writer.addDocument(d);
            }
            writer.forceMerge(1);
        }
        return DirectoryReader.open(directory);
    }

    private static Query moreLikeThis(IndexReader reader, Analyzer analyzer, String text) throws IOException {
        MoreLikeThis like = new MoreLikeThis(reader);
        like.setAnalyzer(analyzer);
        like.setFieldNames(new String[] {IndexFields.TEXT_EN});
        like.setMinTermFreq(1);
        like.setMinDocFreq(1);
        like.setBoost(true);
        like.setMaxQueryTerms(10);
        return like.like(IndexFields.TEXT_EN, new StringReader(text));
    }

    /** {@code n} in letters only (a, b, …, z, ba, bb, …), so every number is another word. */
    private static String letters(int n) {
        StringBuilder out = new StringBuilder();
        do {
            out.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return out.reverse().toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(i == 0 ? "" : " ").append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        return out.toString();
    }
}
